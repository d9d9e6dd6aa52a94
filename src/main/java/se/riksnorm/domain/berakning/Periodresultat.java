package se.riksnorm.domain.berakning;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;

/**
 * A calculated period: one result per month (or part month), each with that month's norms, law and lines, and the
 * totals of the period. Each month stands on its own: a surplus in one month is not carried into the next.
 *
 * @param summering every figure of the parts added up
 * @param anmarkningar the parts' notes, each once
 */
public record Periodresultat(Period period, Kommun kommun, List<Berakningsresultat> delar, Summering summering,
                             List<Anmarkning> anmarkningar) {

    public Periodresultat {
        delar = List.copyOf(delar);
        anmarkningar = List.copyOf(anmarkningar);
    }

    static Periodresultat av(Period period, List<Berakningsresultat> delar) {
        if (delar.size() == 1) {
            Berakningsresultat manaden = delar.get(0);
            return new Periodresultat(period, manaden.kommun(), delar, manaden.summering(), manaden.anmarkningar());
        }
        Summering summa = Summering.noll();
        List<Anmarkning> anmarkningar = new ArrayList<>();
        for (Berakningsresultat del : delar) {
            summa = summa.plus(del.summering());
            del.anmarkningar().stream().filter(a -> !anmarkningar.contains(a)).forEach(anmarkningar::add);
        }
        return new Periodresultat(period, delar.get(0).kommun(), delar, summa, anmarkningar);
    }

    /** A period within one month: the one part is the whole answer. */
    public boolean arEnManad() {
        return delar.size() == 1;
    }
}
