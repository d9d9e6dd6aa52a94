package se.riksnorm.domain.kommun;

import java.math.BigDecimal;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;

/**
 * How a monthly norm becomes an amount for some days of a month: a part month, or a child who lives
 * part of the month in the household (docs/adr/0020, 0021).
 */
public enum Dagberakning {
    /**
     * round(månad × 12 / 365) per day, times the days: the rule one kommun system uses (docs/adr/0020, 0021).
     * Never more than the month's amount.
     */
    DAGBELOPP_GANGER_DAGAR,
    /** månad × dagar / dagar i månaden, rounded to the nearest krona: the exact share of the month. */
    ANDEL_AV_MANADEN;

    private static final BigDecimal MANADER = BigDecimal.valueOf(12);
    private static final BigDecimal DAGAR_PER_AR = BigDecimal.valueOf(365);

    public Kronor dagbelopp(Kronor perManad) {
        return Avrundning.HALVT_UPPAT.avrundaKvot(perManad.toBigDecimal().multiply(MANADER), DAGAR_PER_AR);
    }

    public Kronor forDagar(Kronor perManad, int dagar, int dagarIManaden) {
        if (dagar >= dagarIManaden) {
            return perManad;
        }
        return switch (this) {
            case DAGBELOPP_GANGER_DAGAR -> {
                Kronor belopp = dagbelopp(perManad).times(dagar);
                yield belopp.compareTo(perManad) > 0 ? perManad : belopp;
            }
            case ANDEL_AV_MANADEN -> Avrundning.HALVT_UPPAT.avrundaKvot(
                    perManad.toBigDecimal().multiply(BigDecimal.valueOf(dagar)), BigDecimal.valueOf(dagarIManaden));
        };
    }
}
