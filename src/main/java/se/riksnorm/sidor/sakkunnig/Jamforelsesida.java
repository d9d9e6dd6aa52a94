package se.riksnorm.sidor.sakkunnig;

import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.forslag.JamforelseResponse;

/** The proposal against last year's table: the API's comparison, cell by cell. */
public record Jamforelsesida(Kommun kommun, long id, JamforelseResponse jamforelse) {

    /** The page's title, e.g. "Jämförelse 2023–2024". */
    public static String titel(JamforelseResponse jamforelse) {
        return "Jämförelse " + jamforelse.franAr() + "–" + jamforelse.tillAr();
    }
}
