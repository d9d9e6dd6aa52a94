package se.riksnorm.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The days a calculation covers: a whole calendar month, a date range within one month (a part month, e.g.
 * the month support starts), or a range over several months, at most a year, which is calculated month by
 * month ({@link #delar()}): the norms and the rules are monthly.
 */
public record Period(LocalDate fran, LocalDate till) {

    /** A period is at most a year: till before fran + 12 months (so at most 13 month parts). */
    public static final int STORSTA_ANTAL_MANADER = 12;

    public Period {
        Objects.requireNonNull(fran, "fran");
        Objects.requireNonNull(till, "till");
        if (till.isBefore(fran)) {
            throw new IllegalArgumentException("periodens slut " + till + " ligger före dess början " + fran);
        }
        if (!till.isBefore(fran.plusMonths(STORSTA_ANTAL_MANADER))) {
            throw new IllegalArgumentException("en period är högst " + STORSTA_ANTAL_MANADER + " månader; " + fran + "–" + till
                    + " är längre");
        }
    }

    public static Period helManad(YearMonth manad) {
        return new Period(manad.atDay(1), manad.atEndOfMonth());
    }

    /** Within one calendar month: a part of the period as the rules calculate it. */
    public boolean arInomEnManad() {
        // compared field by field: YearMonth.from goes through the temporal query machinery, on every line of a batch
        return fran.getYear() == till.getYear() && fran.getMonthValue() == till.getMonthValue();
    }

    /** The month of a period within one month. */
    public YearMonth manad() {
        inomEnManad();
        return YearMonth.of(fran.getYear(), fran.getMonthValue());
    }

    /** The months the period touches, first to last. */
    public List<YearMonth> manader() {
        if (arInomEnManad()) {
            return List.of(manad());
        }
        List<YearMonth> manader = new ArrayList<>();
        for (YearMonth m = YearMonth.from(fran); !m.isAfter(YearMonth.from(till)); m = m.plusMonths(1)) {
            manader.add(m);
        }
        return manader;
    }

    /** One part per month: the whole month, or the days of it inside the period. */
    public List<Period> delar() {
        if (arInomEnManad()) {
            return List.of(this);
        }
        List<Period> delar = new ArrayList<>();
        for (YearMonth m : manader()) {
            LocalDate start = m.atDay(1).isBefore(fran) ? fran : m.atDay(1);
            LocalDate slut = m.atEndOfMonth().isAfter(till) ? till : m.atEndOfMonth();
            delar.add(new Period(start, slut));
        }
        return delar;
    }

    public int dagar() {
        if (arInomEnManad()) { // the days of one month by their numbers: a rule asks for them several times a household
            return till.getDayOfMonth() - fran.getDayOfMonth() + 1;
        }
        return (int) ChronoUnit.DAYS.between(fran, till) + 1;
    }

    /** The length of the period's month (28–31), without a {@code YearMonth} of its own. */
    public int dagarIManaden() {
        inomEnManad();
        return fran.lengthOfMonth();
    }

    private void inomEnManad() {
        if (!arInomEnManad()) {
            throw new IllegalStateException("perioden " + this + " omfattar flera månader: beräkna den månad för månad");
        }
    }

    public boolean arHelManad() {
        return arInomEnManad() && dagar() == dagarIManaden();
    }

    @Override
    public String toString() {
        return arHelManad() ? manad().toString() : fran + "–" + till;
    }
}
