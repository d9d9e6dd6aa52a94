package se.riksnorm.sidor;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.sidor.sakerhet.Csrf;
import se.riksnorm.sidor.sakerhet.Inloggad;
import se.riksnorm.web.sakerhet.Roller;

/** Builds what every page has around its content ({@link Sida}) and the model a template is given. */
@Singleton
public class Sidor {

    /** The name of a page's own model in its template. */
    public static final String MODELL = "m";
    public static final String SIDA = "sida";

    private final Csrf csrf;

    Sidor(Csrf csrf) {
        this.csrf = csrf;
    }

    public Sida sida(HttpRequest<?> request, String titel) {
        Inloggad inloggad = request.getUserPrincipal(Authentication.class).map(Inloggad::av).orElse(null);
        return new Sida(titel, inloggad, meny(inloggad, request.getPath()), csrf.token(request));
    }

    /** The template's parameters: the page around it and its own model. */
    public Map<String, Object> vy(HttpRequest<?> request, String titel, Object modell) {
        Map<String, Object> vy = new LinkedHashMap<>();
        vy.put(SIDA, sida(request, titel));
        vy.put(MODELL, modell);
        return vy;
    }

    private static List<Lank> meny(Inloggad inloggad, String path) {
        List<Lank> meny = new ArrayList<>();
        if (inloggad == null) {
            return meny;
        }
        meny.add(new Lank("Start", "/", path.equals("/")));
        if (inloggad.har(Roller.SAKKUNNIG)) {
            meny.add(new Lank("Fördelning och bilaga", "/sakkunnig", path.startsWith("/sakkunnig")));
        }
        if (inloggad.har(Roller.BESLUTSFATTARE)) {
            meny.add(new Lank("Beslut", "/beslut", path.startsWith("/beslut")));
        }
        if (inloggad.harNagon(Roller.HANDLAGGARE, Roller.SAKKUNNIG)) {
            meny.add(new Lank("Beräkna", "/berakning", path.startsWith("/berakning")));
        }
        if (inloggad.har(Roller.ADMINISTRATOR)) {
            meny.add(new Lank("Administration", "/admin", path.startsWith("/admin")));
        }
        return meny;
    }
}
