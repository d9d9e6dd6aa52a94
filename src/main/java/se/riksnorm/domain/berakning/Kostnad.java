package se.riksnorm.domain.berakning;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/** A cost for the period, as assessed by the handläggare (e.g. the month's rent). */
public record Kostnad(Kostnadstyp typ, Kronor belopp, String beskrivning) {

    public Kostnad {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }
}
