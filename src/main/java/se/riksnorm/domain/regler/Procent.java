package se.riksnorm.domain.regler;

import java.math.BigDecimal;

/** A share in percent, 0–100, as the rule parameters write it. */
final class Procent {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private Procent() {
    }

    static void kravAndel(BigDecimal procent, String vad) {
        if (procent == null || procent.signum() < 0 || procent.compareTo(HUNDRA) > 0) {
            throw new IllegalArgumentException(vad + " ska vara 0–100 %, inte " + procent);
        }
    }
}
