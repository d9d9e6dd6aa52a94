package se.riksnorm.domain.historik;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * One entry in a table's history: what happened, who did it, when, why, and every cell it changed
 * (old → new), in the norms files' own keys.
 *
 * @param motivering the reason given, or {@code null} where the step needs none
 * @param forslagId the proposal the step concerns, or {@code null}
 */
public record Handelse(Handelsetyp typ, Anvandare anvandare, Instant tidpunkt, String motivering, Long forslagId,
                       List<Skillnad> skillnader) {

    public Handelse {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(anvandare, "anvandare");
        Objects.requireNonNull(tidpunkt, "tidpunkt");
        skillnader = List.copyOf(skillnader);
    }
}
