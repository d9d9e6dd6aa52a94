package se.riksnorm.domain.upprakning;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.tabell.Cell;

/** The sakkunnig's new amount for one cell of a proposal. */
public record Cellandring(Cell cell, Kronor kronor) {

    public Cellandring {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(kronor, "kronor");
    }
}
