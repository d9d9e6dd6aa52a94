package se.riksnorm.domain.kalla;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/** An amount beside the source that set it. */
public record Normbelopp(Kronor kronor, Kalla kalla) {

    public Normbelopp {
        Objects.requireNonNull(kronor, "kronor");
        Objects.requireNonNull(kalla, "kalla");
    }

    public Tillforlitlighet tillforlitlighet() {
        return kalla.tillforlitlighet();
    }
}
