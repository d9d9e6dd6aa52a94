package se.riksnorm.domain.upprakning;

import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * How a kommun's umgängesnorm per dag (per child and day, matnorm included) is proposed for next year.
 * No source states the rule, and Nyköping's decided 2023 row departs from the rule that gives its whole
 * 2022 row in two columns (docs/kallor.md), so the decided figures stay data and a rule only
 * proposes a row for the sakkunnig to confirm. Each kommun names its rule in {@code kommun.yaml}
 * ({@code upprakning.umgangesnorm}); without one, {@link #standard()} applies. docs/adr/0012.
 */
public sealed interface Umgangesregel permits UmgangeUrPersonliga, UmgangeOforandrad {

    /**
     * The proposed row for the eight child columns.
     *
     * @param personligaKostnader next year's posts, column by column
     * @param basaretsUmgangesnorm the base year's decided row
     */
    Map<Aldersgrupp, Kronor> foresla(Map<Aldersgrupp, Poster> personligaKostnader, Map<Aldersgrupp, Kronor> basaretsUmgangesnorm);

    /** The rule in words, as the bilaga and the history show it. */
    String beskrivning();

    /** The rule that reproduces Nyköping's whole 2022 row (SN22/37). */
    static Umgangesregel standard() {
        return UmgangeUrPersonliga.NYKOPING_2022;
    }
}
