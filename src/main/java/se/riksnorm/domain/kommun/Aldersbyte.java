package se.riksnorm.domain.kommun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * From which month a child counts in its new age band. No source settles it (docs/adr/0020, 0021:
 * UNKNOWN), so each kommun chooses; the default is {@link #ALDER_FORSTA_DAGEN} (docs/adr/0020).
 */
public enum Aldersbyte {
    /** The age the child has on the first day of the month: a new band from the first month the child has the new age all month. */
    ALDER_FORSTA_DAGEN,
    /** The new band from the month of the birthday. */
    FODELSEMANADEN,
    /** The new band from the month after the birthday. */
    MANADEN_EFTER_FODELSEMANADEN;

    /** The age in whole years that decides the child's column in the month. */
    public int alderFor(LocalDate fodelsedatum, YearMonth manad) {
        LocalDate forstaDagen = manad.atDay(1);
        return switch (this) {
            case ALDER_FORSTA_DAGEN -> (int) ChronoUnit.YEARS.between(fodelsedatum, forstaDagen);
            case FODELSEMANADEN -> (int) ChronoUnit.YEARS.between(fodelsedatum.withDayOfMonth(1), forstaDagen);
            case MANADEN_EFTER_FODELSEMANADEN -> (int) ChronoUnit.YEARS.between(
                    fodelsedatum.withDayOfMonth(1).plusMonths(1), forstaDagen);
        };
    }
}
