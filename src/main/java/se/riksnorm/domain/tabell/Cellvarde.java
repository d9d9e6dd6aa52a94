package se.riksnorm.domain.tabell;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/** The amount in a cell and the id of the source it was taken from. */
public record Cellvarde(Kronor kronor, String kalla) {

    public Cellvarde {
        Objects.requireNonNull(kronor, "kronor");
        Objects.requireNonNull(kalla, "kalla");
    }

    @Override
    public String toString() {
        return kronor.belopp() + " (" + kalla + ")";
    }
}
