package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/**
 * A cost for the period, as assessed by the handläggare (e.g. the month's rent).
 *
 * @param manad the month the cost belongs to; required when the period covers several months, otherwise {@code null}
 *              or the period's month
 */
public record Kostnad(Kostnadstyp typ, Kronor belopp, String beskrivning, YearMonth manad) {

    public Kostnad {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }

    public Kostnad(Kostnadstyp typ, Kronor belopp, String beskrivning) {
        this(typ, belopp, beskrivning, null);
    }
}
