package se.riksnorm.domain.belopp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The named rounding rules that turn an exact amount into whole kronor. Each lossy step in the
 * rules names one of these, so a reader can see which rule a figure went through.
 */
public enum Avrundning {

    /**
     * Up to the next multiple of 10 kr: how the national totals follow from last year's since 2023
     * (docs/kallor.md: reproduces every 2023, 2024 and 2025 cell).
     */
    UPPAT_TILL_TIOTAL(BigDecimal.TEN, RoundingMode.CEILING),

    /** To the nearest multiple of 10 kr, halves up (the wording of the 2019 uppräkning). */
    NARMASTE_TIOTAL(BigDecimal.TEN, RoundingMode.HALF_UP),

    /** To the nearest krona, halves up: matnorm per vecka and per dag (Nyköping SN22/37, all 40 cells). */
    HALVT_UPPAT(BigDecimal.ONE, RoundingMode.HALF_UP),

    /** Down to whole kronor: umgängesnorm per dag (Nyköping SN22/37, the whole 2022 row). */
    NEDAT(BigDecimal.ONE, RoundingMode.FLOOR);

    private final BigDecimal steg;
    private final RoundingMode mode;

    Avrundning(BigDecimal steg, RoundingMode mode) {
        this.steg = steg;
        this.mode = mode;
    }

    /** The rule in the words of a bilaga or a result line, e.g. "avrundat till närmaste krona". */
    public String text() {
        return switch (this) {
            case UPPAT_TILL_TIOTAL -> "avrundat uppåt till tiotal";
            case NARMASTE_TIOTAL -> "avrundat till närmaste tiotal";
            case HALVT_UPPAT -> "avrundat till närmaste krona";
            case NEDAT -> "avrundat nedåt till hel krona";
        };
    }

    public Kronor avrunda(BigDecimal exakt) {
        return avrundaKvot(exakt, BigDecimal.ONE);
    }

    /**
     * Rounds the exact quotient {@code taljare / namnare}: the division and the rounding are one step,
     * so no intermediate scale can tip a value over a rounding boundary.
     */
    public Kronor avrundaKvot(BigDecimal taljare, BigDecimal namnare) {
        BigDecimal steps = taljare.divide(namnare.multiply(steg), 0, mode);
        return Kronor.of(steps.multiply(steg).longValueExact());
    }
}
