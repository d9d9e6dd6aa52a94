package se.riksnorm.domain.fordelning;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;

/**
 * Matnorm for one column: the livsmedel post per month, and the same per week and per day.
 * Per vecka = månad × 84 / 365 and per dag = månad × 12 / 365, halves up: the formulas that reproduce
 * all 40 cells of Nyköping's 2022 and 2023 tables (SN22/37; docs/kallor.md).
 */
public record Matnorm(Kronor perManad, Kronor perVecka, Kronor perDag) {

    private static final BigDecimal DAGAR_PER_AR = BigDecimal.valueOf(365);
    private static final BigDecimal VECKODAGAR_GANGER_MANADER = BigDecimal.valueOf(7 * 12);
    private static final BigDecimal MANADER = BigDecimal.valueOf(12);

    public Matnorm {
        Objects.requireNonNull(perManad, "perManad");
        Objects.requireNonNull(perVecka, "perVecka");
        Objects.requireNonNull(perDag, "perDag");
    }

    public static Matnorm harleddAv(Kronor livsmedelPerManad) {
        return new Matnorm(livsmedelPerManad, perVecka(livsmedelPerManad), perDag(livsmedelPerManad));
    }

    public static Kronor perVecka(Kronor perManad) {
        return Avrundning.HALVT_UPPAT.avrundaKvot(perManad.toBigDecimal().multiply(VECKODAGAR_GANGER_MANADER), DAGAR_PER_AR);
    }

    public static Kronor perDag(Kronor perManad) {
        return Avrundning.HALVT_UPPAT.avrundaKvot(perManad.toBigDecimal().multiply(MANADER), DAGAR_PER_AR);
    }
}
