package se.riksnorm.domain.berakning;

import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;

/** A calculated försörjningsstöd: every line, the totals, the norms used and anything to note. */
public record Berakningsresultat(Period period, Kommun kommun, int hushalletsStorlek, Normunderlag normer,
                                 List<Rad> rader, Summering summering, List<Anmarkning> anmarkningar) {

    public Berakningsresultat {
        rader = List.copyOf(rader);
        anmarkningar = List.copyOf(anmarkningar);
    }
}
