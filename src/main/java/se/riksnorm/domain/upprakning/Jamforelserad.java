package se.riksnorm.domain.upprakning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.tabell.Cell;

/**
 * One cell of a table compared with the year before: old → new, in kronor and percent.
 *
 * @param fore last year's amount, or {@code null} where last year's table has no such cell
 * @param efter this year's amount, or {@code null} where this year's table has no such cell
 */
public record Jamforelserad(Cell cell, Kronor fore, Kronor efter) {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    /** Percent to one decimal, as a tjänsteskrivelse writes it ("8,6 %"): a ratio for reading, never money. */
    private static final int PROCENTDECIMALER = 1;

    public Jamforelserad {
        Objects.requireNonNull(cell, "cell");
        if (fore == null && efter == null) {
            throw new IllegalArgumentException("en jämförelserad har minst ett belopp: " + cell);
        }
    }

    /** efter − före, where both exist. */
    public Optional<Kronor> forandring() {
        return fore == null || efter == null ? Optional.empty() : Optional.of(efter.minus(fore));
    }

    /** (efter − före) / före in percent, one decimal, halves away from zero; empty where före is 0 or missing. */
    public Optional<BigDecimal> procent() {
        return forandring().filter(f -> !fore.isZero())
                .map(f -> f.toBigDecimal().multiply(HUNDRA).divide(fore.toBigDecimal(), PROCENTDECIMALER, RoundingMode.HALF_UP));
    }
}
