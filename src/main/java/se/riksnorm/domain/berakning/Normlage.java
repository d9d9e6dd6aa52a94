package se.riksnorm.domain.berakning;

import java.util.Optional;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;

/**
 * The norms in force for one kommun and month: the national table, the kommun's fördelning (if it has
 * one for the year) and the rules of the period.
 */
public record Normlage(Kommun kommun, Riksnorm riksnorm, Fordelning fordelning, Regelverk regelverk) {

    public Optional<Fordelning> fordelningen() {
        return Optional.ofNullable(fordelning);
    }
}
