package se.riksnorm.domain.fordelning;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;

/**
 * The norm for a hemmavarande ungdom (an adult child at home, outside the parents' duty of support):
 * the ensamstående personliga kostnader plus an equal share of the household's gemensamma kostnader
 * (Socialstyrelsen's example; Nyköping SN22/37 bilaga 2022: 1 890 / 5 = 378; 378 + 3 210 = 3 588).
 * How the share is rounded is not settled by any source, so each fördelning names it.
 *
 * @param exempel the worked example printed in the bilaga, or {@code null} where it has none
 */
public record HemmavarandeUngdom(Avrundning andelensAvrundning, Exempel exempel) {

    public HemmavarandeUngdom {
        Objects.requireNonNull(andelensAvrundning, "andelensAvrundning");
    }

    public Kronor andel(Kronor gemensamma, int antalPersoner) {
        return andelensAvrundning.avrundaKvot(gemensamma.toBigDecimal(), BigDecimal.valueOf(antalPersoner));
    }

    public Kronor norm(Kronor ensamstaende, Kronor gemensamma, int antalPersoner) {
        return ensamstaende.plus(andel(gemensamma, antalPersoner));
    }

    /** The figures of a worked example as printed, so they can be checked against the table. */
    public record Exempel(int antalPersoner, Kronor gemensamma, Kronor andel, Kronor ensamstaende, Kronor summa) {
    }
}
