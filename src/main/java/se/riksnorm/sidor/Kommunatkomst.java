package se.riksnorm.sidor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.sakerhet.Inloggad;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.BehorighetBinder;

/**
 * The kommuner a person's pages show and change: those the login acts for, by the API's own rule ({@link Behorighet},
 * docs/adr/0052, from the claim {@code riksnorm.security.kommun-claim}). Every page that names a kommun asks here
 * first; another kommun's page is refused (403) with the API's text before anything is read or written.
 */
@Singleton
public class Kommunatkomst {

    private final Normregister register;
    private final BehorighetBinder behorigheter;

    Kommunatkomst(Normregister register, BehorighetBinder behorigheter) {
        this.register = register;
        this.behorigheter = behorigheter;
    }

    public static Inloggad inloggad(HttpRequest<?> request) {
        return Inloggad.av(inloggning(request));
    }

    /** The login's kommuner and roles, as the API reads them for the same request. */
    public Behorighet behorighet(HttpRequest<?> request) {
        return behorigheter.av(inloggning(request));
    }

    /** The kommun named in the page's path, if the person acts for it. */
    public Kommun kommun(HttpRequest<?> request, String kommun) {
        Normbok normbok = register.aktuell();
        Kommun hittad = Sidfel.vid(() -> Kommunuppslag.hitta(kommun, normbok));
        kravFor(request, hittad);
        return hittad;
    }

    /** Refuses a kommun the person does not act for, with the API's problem. */
    public void kravFor(HttpRequest<?> request, Kommun kommun) {
        Behorighet behorighet = behorighet(request);
        Sidfel.vid(() -> {
            behorighet.kravFor(kommun, Atgard.SE_ELLER_ANDRA_TABELLER);
            return kommun;
        });
    }

    /**
     * The person's own kommuner, in the register's order. A login for every kommun ({@code *}) names none here: its
     * pages offer the whole list to choose from ({@link #alla}).
     */
    public List<Kommun> mina(HttpRequest<?> request) {
        Behorighet behorighet = behorighet(request);
        return register.aktuell().kommuner().stream().filter(k -> behorighet.kommuner().contains(k.id())).toList();
    }

    /**
     * Where a role's pages start: the kommun chosen (if the person acts for it), else the person's first kommun, else
     * the start page.
     *
     * @param bas the pages' path before the kommun, e.g. "/sakkunnig/"
     */
    public URI kommunensSida(HttpRequest<?> request, String bas, @Nullable String vald) {
        if (vald != null && !vald.isBlank()) {
            return URI.create(bas + kommun(request, vald).id());
        }
        List<Kommun> mina = mina(request);
        return URI.create(mina.isEmpty() ? "/" : bas + mina.get(0).id());
    }

    /** Every kommun the service knows, in the register's order. */
    public List<Kommun> alla() {
        return register.aktuell().kommuner();
    }

    public Normbok normbok() {
        return register.aktuell();
    }

    private static Authentication inloggning(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).orElseThrow(() -> Sidfel.ejBehorig("Logga in först."));
    }
}
