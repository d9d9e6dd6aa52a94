package se.riksnorm.domain.berakning;

import java.util.List;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.regler.Lagrum;

/**
 * The versions of the norms and the law a result was computed from, so it can be reproduced and checked later.
 *
 * @param fordelningAr the year of the kommun's fördelning used, or {@code null} where the kommun has none
 * @param regelverk the rule set and the law it follows that month
 * @param lagrum every rule in force that month, with its statute and paragraph
 */
public record Normunderlag(int riksnormAr, String riksnormStatus, String kommun, Integer fordelningAr,
                           String fordelningStatus, String diarienummer, String beslutsdatum, String regelverk,
                           List<Lagrumshanvisning> lagrum) {

    public Normunderlag {
        lagrum = List.copyOf(lagrum);
    }

    static Normunderlag av(Normlage lage) {
        Fordelning f = lage.fordelning();
        boolean beslut = f != null && f.beslut() != null;
        String lag = lage.regler().lagrum(Lagrum.FORSORJNINGSSTOD).map(v -> ": " + v.varde().lagrum()).orElse("");
        return new Normunderlag(lage.riksnorm().ar(), lage.riksnorm().status().name(), lage.kommun().id(),
                f == null ? null : f.ar(), f == null ? null : f.status().name(),
                beslut ? f.beslut().diarienummer() : null,
                beslut && f.beslut().datum() != null ? f.beslut().datum().toString() : null,
                lage.regelverk().namn() + lag,
                lage.regler().allaLagrum().entrySet().stream().map(e -> Lagrumshanvisning.av(e.getKey(), e.getValue())).toList());
    }
}
