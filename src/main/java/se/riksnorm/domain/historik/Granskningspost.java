package se.riksnorm.domain.historik;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log: a write, who made it and when, what it touched, and the state before and
 * after it in words a reviewer can read (for a table, every changed cell).
 *
 * @param handling what was done, e.g. {@code FORSLAG_SKAPAT}, {@code BERAKNING_SPARAD}, {@code KALLA_ANDRAD}
 * @param objekt what it was done to, e.g. "fördelning nykoping 2024" or "beräkning 0b6f…"
 * @param fore the state before, or {@code null} where there was none
 * @param efter the state after, or {@code null} where the write removed something
 */
public record Granskningspost(Instant tidpunkt, Anvandare anvandare, String handling, String objekt, String fore, String efter) {

    public Granskningspost {
        Objects.requireNonNull(tidpunkt, "tidpunkt");
        Objects.requireNonNull(anvandare, "anvandare");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(objekt, "objekt");
    }
}
