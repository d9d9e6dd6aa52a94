package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.web.historik.HandelseResponse;

/**
 * A proposal as the sakkunnig works on it: the grid, what hinders a decision, the history, and the forms.
 *
 * @param revision the revision the page's forms carry (the pages' If-Match, {@code se.riksnorm.sidor.Revision})
 * @param riksnormStatus "preliminär" or "fastställd"
 * @param andrade the changed cells not yet saved, in words: "Kläder och skor, 1–2 år: 676 → 675"
 * @param motivering the reason as typed
 */
public record Forslagssida(Kommun kommun, long id, int revision, int ar, int fran, boolean beslutad, @Nullable Integer version,
                           String riksnormStatus, @Nullable String upprakning, boolean umgangesnormBekraftad, String umgangesregel,
                           boolean vantar, List<String> hinder, Rutnat rutnat, List<String> andrade, String motivering,
                           List<HandelseResponse> historik, Formularfel fel, @Nullable String meddelande) {

    /** The page's title, e.g. "Förslag 7: Nyköping 2024". */
    public static String titel(Forslag forslag) {
        return "Förslag " + forslag.id() + ": " + forslag.fordelning().kommun().namn() + " " + forslag.fordelning().ar();
    }

    public String bas() {
        return "/sakkunnig/" + kommun.id() + "/forslag/" + id;
    }

    public String api() {
        return "/api/v1/forslag/" + id;
    }
}
