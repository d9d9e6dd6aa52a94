package se.riksnorm.domain.riksnorm;

import java.time.YearMonth;
import java.util.Objects;

/** The months a table applies to, both ends included. */
public record Giltighet(YearMonth fran, YearMonth till) {

    public Giltighet {
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(till, "till");
        if (till.isBefore(fran)) {
            throw new IllegalArgumentException("giltighetens slut " + till + " ligger före dess början " + fran);
        }
    }

    public static Giltighet helaAret(int ar) {
        return new Giltighet(YearMonth.of(ar, 1), YearMonth.of(ar, 12));
    }

    public boolean omfattar(YearMonth manad) {
        return !manad.isBefore(fran) && !manad.isAfter(till);
    }

    public boolean overlapparMed(Giltighet annan) {
        return !annan.till.isBefore(fran) && !annan.fran.isAfter(till);
    }
}
