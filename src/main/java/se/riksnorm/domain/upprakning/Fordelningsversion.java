package se.riksnorm.domain.upprakning;

import java.time.Instant;
import java.util.Objects;
import se.riksnorm.domain.fordelning.Fordelning;

/**
 * One version of a kommun's table for a year. The first comes from {@code norms/} or a decision; a decided
 * version is replaced only by a later decision that names it, and both stay readable. The highest version
 * is the one in force.
 *
 * @param ersatter the version this one replaces, or {@code null}
 * @param ersattAv the version that replaced this one, or {@code null} while it is in force
 * @param forslagId the proposal it was decided from, or {@code null} for a table read from a file
 * @param kallfil where it was stored from: a norms file, or the proposal
 */
public record Fordelningsversion(int version, Fordelning fordelning, Integer ersatter, Integer ersattAv, Long forslagId,
                                 String kallfil, Instant lagrad) {

    public Fordelningsversion {
        Objects.requireNonNull(fordelning, "fordelning");
        Objects.requireNonNull(kallfil, "kallfil");
        Objects.requireNonNull(lagrad, "lagrad");
    }

    public boolean iKraft() {
        return ersattAv == null;
    }
}
