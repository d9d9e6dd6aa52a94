package se.riksnorm.domain.budget;

import java.time.YearMonth;
import se.riksnorm.domain.berakning.Period;

/**
 * The months of a year that represent it, the same months in each version's year (docs/adr/0120): a run of whole
 * calendar months, {@code fran}–{@code till} (1–12). A household is calculated over them as one period, so what
 * carries from month to month (a child's earnings over the calendar year) carries as it would.
 */
public record Manadsurval(int fran, int till) {

    public static final int MANADER_PER_AR = 12;

    public Manadsurval {
        if (fran < 1 || till > MANADER_PER_AR || till < fran) {
            throw new IllegalArgumentException("månaderna är en följd inom året, 1–12, inte " + fran + "–" + till);
        }
    }

    public static Manadsurval helaAret() {
        return new Manadsurval(1, MANADER_PER_AR);
    }

    public int antal() {
        return till - fran + 1;
    }

    public Period period(int ar) {
        return new Period(YearMonth.of(ar, fran).atDay(1), YearMonth.of(ar, till).atEndOfMonth());
    }

    public YearMonth forsta(int ar) {
        return YearMonth.of(ar, fran);
    }

    /** "1", "1-12": as written in a request. */
    public String text() {
        return fran == till ? Integer.toString(fran) : fran + "-" + till;
    }
}
