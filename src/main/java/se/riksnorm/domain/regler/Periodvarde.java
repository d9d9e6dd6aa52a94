package se.riksnorm.domain.regler;

import java.time.YearMonth;
import java.util.Objects;
import se.riksnorm.domain.kalla.Kalla;

/**
 * A value in force from a month: until the month before the next value starts, or until {@code till} where the
 * file closes it. Each value names its source and whether it is enacted or preliminary.
 *
 * @param till the last month, or {@code null} for an open end
 */
public record Periodvarde<T>(YearMonth fran, YearMonth till, T varde, Kalla kalla, Regelstatus status) {

    public Periodvarde {
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(varde, "varde");
        Objects.requireNonNull(kalla, "kalla");
        Objects.requireNonNull(status, "status");
        if (till != null && till.isBefore(fran)) {
            throw new IllegalArgumentException("slutet " + till + " ligger före början " + fran);
        }
    }

    public boolean galler(YearMonth manad) {
        return !manad.isBefore(fran) && (till == null || !manad.isAfter(till));
    }

    public boolean arPreliminar() {
        return status == Regelstatus.PRELIMINAR;
    }
}
