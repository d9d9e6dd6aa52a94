package se.riksnorm.domain.berakning;

import java.util.List;
import java.util.Objects;

/**
 * What a handläggare or another system asks: the kommun, the period, the people and the period's costs,
 * incomes and reductions. The period may cover several months; each month is then calculated as a part.
 *
 * @param kommun the kommun's id, kommunkod or name
 * @param ovrigaIHushallet people who share the home but are not in this calculation (e.g. the parents of a
 *                         hemmavarande vuxet barn): they count in the household size for gemensamma kostnader
 * @param nedsattningar reductions the handläggare decided
 */
public record Forfragan(String kommun, Period period, List<Medlem> medlemmar, int ovrigaIHushallet,
                        List<Kostnad> kostnader, List<Inkomst> inkomster, List<Nedsattning> nedsattningar) {

    public Forfragan {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(period, "period");
        medlemmar = List.copyOf(medlemmar);
        kostnader = List.copyOf(kostnader);
        inkomster = List.copyOf(inkomster);
        nedsattningar = List.copyOf(nedsattningar);
    }

    public Forfragan(String kommun, Period period, List<Medlem> medlemmar, int ovrigaIHushallet,
                     List<Kostnad> kostnader, List<Inkomst> inkomster) {
        this(kommun, period, medlemmar, ovrigaIHushallet, kostnader, inkomster, List.of());
    }
}
