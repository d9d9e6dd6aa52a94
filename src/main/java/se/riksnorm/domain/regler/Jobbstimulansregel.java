package se.riksnorm.domain.regler;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;

/** The share of net earned income not counted under jobbstimulans, and how it is rounded. */
public record Jobbstimulansregel(BigDecimal procent, Avrundning avrundning) {

    public Jobbstimulansregel {
        Objects.requireNonNull(procent, "procent");
        Objects.requireNonNull(avrundning, "avrundning");
        Procent.kravAndel(procent, "jobbstimulansens procent");
    }
}
