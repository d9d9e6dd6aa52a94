package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/**
 * A reduction of försörjningsstödet the handläggare decided, with its reason. It lowers försörjningsstödet, never
 * below zero; it has no fixed amount in the law, so the amount is the decision's.
 *
 * @param motivering the reason as the decision gives it
 * @param manad the month it applies to; required when the period covers several months
 */
public record Nedsattning(Kronor belopp, Nedsattningsgrund grund, String motivering, YearMonth manad) {

    public Nedsattning {
        Objects.requireNonNull(belopp, "belopp");
        Objects.requireNonNull(grund, "grund");
    }
}
