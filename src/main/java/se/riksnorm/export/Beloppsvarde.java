package se.riksnorm.export;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.belopp.Svenskt;
import se.riksnorm.domain.tabell.Cell;

/**
 * An amount in whole kronor, and the cell it is (in the norms files' keys), where it is one.
 *
 * @param cell the table cell, or {@code null} for a sum or a derived figure
 * @param forandring a change, written with its sign ("+6", "−34")
 */
public record Beloppsvarde(Kronor kronor, Cell cell, boolean forandring) implements Dokumentvarde {

    public Beloppsvarde {
        Objects.requireNonNull(kronor, "kronor");
    }

    public Beloppsvarde(Kronor kronor, Cell cell) {
        this(kronor, cell, false);
    }

    public static Beloppsvarde forandring(Kronor kronor) {
        return new Beloppsvarde(kronor, null, true);
    }

    @Override
    public String text() {
        return (forandring && kronor.belopp() > 0 ? "+" : "") + Svenskt.tal(kronor);
    }

    @Override
    public String data() {
        return Long.toString(kronor.belopp());
    }
}
