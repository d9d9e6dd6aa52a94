package se.riksnorm.sidor;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.sakerhet.Inloggad;
import se.riksnorm.storage.Normregister;
import se.riksnorm.web.kommun.Kommunuppslag;

/**
 * The kommuner a person's pages show and change: only those the login holds (the identity provider's claim or the
 * demo user's). Every page that names a kommun asks here first; another kommun's page is refused (403) before
 * anything is read or written. The API's own per-kommun check belongs to the API and replaces nothing here.
 */
@Singleton
public class Kommunatkomst {

    private final Normregister register;

    Kommunatkomst(Normregister register) {
        this.register = register;
    }

    public static Inloggad inloggad(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(Inloggad::av)
                .orElseThrow(() -> Sidfel.ejBehorig("Logga in först."));
    }

    /** The kommun named in the page's path, if the person acts for it. */
    public Kommun kommun(HttpRequest<?> request, String kommun) {
        Normbok normbok = register.aktuell();
        Kommun hittad = Sidfel.vid(() -> Kommunuppslag.hitta(kommun, normbok));
        kravFor(request, hittad);
        return hittad;
    }

    /** Refuses a kommun the person does not act for. */
    public void kravFor(HttpRequest<?> request, Kommun kommun) {
        Inloggad inloggad = inloggad(request);
        if (!inloggad.arFor(kommun)) {
            throw Sidfel.ejBehorig(inloggad.namn() + " arbetar inte för " + kommun.namn() + " och kan inte se eller ändra "
                    + "kommunens tabeller här. " + (inloggad.kommuner().isEmpty() ? "Inloggningen anger ingen kommun."
                    : "Inloggningen gäller " + String.join(", ", inloggad.kommuner()) + "."));
        }
    }

    /** The person's kommuner that the service knows, in the register's order. */
    public List<Kommun> mina(HttpRequest<?> request) {
        Inloggad inloggad = inloggad(request);
        return register.aktuell().kommuner().stream().filter(inloggad::arFor).toList();
    }

    public Normbok normbok() {
        return register.aktuell();
    }
}
