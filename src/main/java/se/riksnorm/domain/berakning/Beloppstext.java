package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kommun.Dagberakning;

/** The arithmetic of a line, written out as a handläggare would check it. */
final class Beloppstext {

    private Beloppstext() {
    }

    static String kr(Kronor kronor) {
        return kronor.svenskText();
    }

    /** The umgänge line's rule: "Umgängesnorm 2023, 7–10 år: 86 kr per dag × 6 dagar = 516 kr". */
    static Regeltext umgange(int ar, se.riksnorm.domain.riksnorm.Aldersgrupp kolumn, Kronor perDag, int dagar, Kronor belopp) {
        return Regeltext.av("Umgängesnorm " + ar + ", " + kolumn.benamning() + ": ", perDag, " per dag × ", dagar, " dagar = ", belopp);
    }

    /** A percentage as a handläggare reads it: "25 %", "7,5 %". */
    static String procent(java.math.BigDecimal procent) {
        return procent.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** "3 380 kr" for a whole month; the per-day arithmetic otherwise. */
    static String forDagar(Kronor perManad, int dagar, int dagarIManaden, Dagberakning dagberakning, Kronor resultat) {
        if (dagar >= dagarIManaden) {
            return kr(perManad) + " per månad";
        }
        return switch (dagberakning) {
            case DAGBELOPP_GANGER_DAGAR -> kr(perManad) + " × 12 / 365 = " + kr(dagberakning.dagbelopp(perManad))
                    + " per dag × " + dagar + " dagar = " + kr(resultat);
            case ANDEL_AV_MANADEN -> kr(perManad) + " × " + dagar + " / " + dagarIManaden + " dagar = " + kr(resultat);
        };
    }
}
