package se.riksnorm.domain.berakning;

import java.util.List;
import java.util.Objects;

/**
 * What a handläggare or another system asks: the kommun, the period, the people and the month's costs
 * and incomes.
 *
 * @param kommun the kommun's id, kommunkod or name
 * @param ovrigaIHushallet people who share the home but are not in this calculation (e.g. the parents of a
 *                         hemmavarande vuxet barn): they count in the household size for gemensamma kostnader
 */
public record Forfragan(String kommun, Period period, List<Medlem> medlemmar, int ovrigaIHushallet,
                        List<Kostnad> kostnader, List<Inkomst> inkomster) {

    public Forfragan {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(period, "period");
        medlemmar = List.copyOf(medlemmar);
        kostnader = List.copyOf(kostnader);
        inkomster = List.copyOf(inkomster);
    }
}
