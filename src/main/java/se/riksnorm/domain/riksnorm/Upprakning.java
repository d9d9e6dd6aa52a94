package se.riksnorm.domain.riksnorm;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.kalla.Kalla;

/**
 * The government's uppräkning of the riksnorm for a year: the percentage applied to last year's
 * totals and the rounding the published table follows (docs/kallor.md).
 */
public record Upprakning(BigDecimal procent, Avrundning avrundning, Kalla kalla) {

    public Upprakning {
        Objects.requireNonNull(procent, "procent");
        Objects.requireNonNull(avrundning, "avrundning");
        Objects.requireNonNull(kalla, "kalla");
    }
}
