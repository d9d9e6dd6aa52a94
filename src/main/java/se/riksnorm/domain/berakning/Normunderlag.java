package se.riksnorm.domain.berakning;

import se.riksnorm.domain.fordelning.Fordelning;

/**
 * The versions of the norms a result was computed from, so it can be reproduced and checked later.
 *
 * @param fordelningAr the year of the kommun's fördelning used, or {@code null} where the kommun has none
 */
public record Normunderlag(int riksnormAr, String riksnormStatus, String kommun, Integer fordelningAr,
                           String fordelningStatus, String diarienummer, String beslutsdatum, String regelverk) {

    static Normunderlag av(Normlage lage) {
        Fordelning f = lage.fordelning();
        boolean beslut = f != null && f.beslut() != null;
        return new Normunderlag(lage.riksnorm().ar(), lage.riksnorm().status().name(), lage.kommun().id(),
                f == null ? null : f.ar(), f == null ? null : f.status().name(),
                beslut ? f.beslut().diarienummer() : null,
                beslut && f.beslut().datum() != null ? f.beslut().datum().toString() : null,
                lage.regelverk().namn());
    }
}
