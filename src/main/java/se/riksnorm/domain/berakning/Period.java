package se.riksnorm.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a calculation covers: a whole calendar month, or a date range within one month (a part
 * month, e.g. the month support starts). A calculation never spans two months: the norms are monthly.
 */
public record Period(LocalDate fran, LocalDate till) {

    public Period {
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(till, "till");
        if (till.isBefore(fran)) {
            throw new IllegalArgumentException("periodens slut " + till + " ligger före dess början " + fran);
        }
        if (!YearMonth.from(fran).equals(YearMonth.from(till))) {
            throw new IllegalArgumentException("en period ligger inom en månad; " + fran + "–" + till + " gör det inte");
        }
    }

    public static Period helManad(YearMonth manad) {
        return new Period(manad.atDay(1), manad.atEndOfMonth());
    }

    public YearMonth manad() {
        return YearMonth.from(fran);
    }

    public int dagar() {
        return (int) ChronoUnit.DAYS.between(fran, till) + 1;
    }

    public int dagarIManaden() {
        return manad().lengthOfMonth();
    }

    public boolean arHelManad() {
        return dagar() == dagarIManaden();
    }

    @Override
    public String toString() {
        return arHelManad() ? manad().toString() : fran + "–" + till;
    }
}
