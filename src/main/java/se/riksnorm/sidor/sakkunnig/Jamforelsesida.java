package se.riksnorm.sidor.sakkunnig;

import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.forslag.JamforelseResponse;

/** The proposal against last year's table: the API's comparison, cell by cell. */
public record Jamforelsesida(Kommun kommun, long id, JamforelseResponse jamforelse) {
}
