package se.riksnorm.domain.berakning;

import java.util.Optional;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.regler.Manadsregler;
import se.riksnorm.domain.riksnorm.Riksnorm;

/**
 * The norms in force for one kommun and month: the national table, the kommun's fördelning (if it has
 * one for the year), the rules of the period and the law of the month.
 */
public record Normlage(Kommun kommun, Riksnorm riksnorm, Fordelning fordelning, Regelverk regelverk, Manadsregler regler) {

    public Optional<Fordelning> fordelningen() {
        return Optional.ofNullable(fordelning);
    }
}
