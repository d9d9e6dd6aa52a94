package se.riksnorm.sidor.start;

import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.sakerhet.Inloggad;

/**
 * The start page: what the person's roles give, for each of the person's kommuner.
 *
 * @param valbara every kommun, to choose from, for a login that acts for all ({@code *}); otherwise empty
 */
public record Startsida(Inloggad inloggad, List<Kommunrad> kommuner, List<Kommun> valbara) {

    /**
     * @param ar the years the kommun has a table for, e.g. "2022, 2023"
     * @param vantande proposals handed over and waiting for a decision
     * @param oppna proposals not yet decided
     */
    public record Kommunrad(String id, String namn, String kod, String ar, int oppna, int vantande) {
    }
}
