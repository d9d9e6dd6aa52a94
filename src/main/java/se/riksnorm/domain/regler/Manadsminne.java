package se.riksnorm.domain.regler;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Values worked out once per month of the years 2000–2100 (those a norms file may hold, its schema says), one slot per
 * month; a month outside them is worked out each time and not kept. A slot rather than a hash map: a {@link YearMonth}'s
 * hash differs between the months of a year only in bits a small table never looks at, so a year's twelve months
 * shared one bucket, searched on every calculation.
 */
public final class Manadsminne<V> {

    private static final int FORSTA_AR = 2000;
    private static final int SISTA_AR = 2100;

    private final AtomicReferenceArray<V> varden = new AtomicReferenceArray<>((SISTA_AR - FORSTA_AR + 1) * 12);
    private final Function<YearMonth, V> berakna;

    /** @param berakna the month's value; it does not change for the life of this memory, so a race works it out twice at worst */
    public Manadsminne(Function<YearMonth, V> berakna) {
        this.berakna = berakna;
    }

    /** Whether a month's value is kept once worked out. */
    public static boolean halls(YearMonth manad) {
        return manad.getYear() >= FORSTA_AR && manad.getYear() <= SISTA_AR;
    }

    public V hamta(YearMonth manad) {
        if (!halls(manad)) {
            return berakna.apply(manad);
        }
        int plats = (manad.getYear() - FORSTA_AR) * 12 + manad.getMonthValue() - 1;
        V kand = varden.get(plats);
        if (kand == null) {
            kand = berakna.apply(manad);
            varden.set(plats, kand);
        }
        return kand;
    }
}
