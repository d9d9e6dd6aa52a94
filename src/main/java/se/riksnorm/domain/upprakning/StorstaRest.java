package se.riksnorm.domain.upprakning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;

/**
 * Splits a total over parts in proportion to their weights, in whole kronor, so that the parts sum to the
 * total exactly: the largest-remainder (Hamilton) method. Each part first gets its exact share rounded
 * down; the kronor left over (fewer than the number of parts) go one each to the parts whose shares lost
 * the most in rounding.
 *
 * <p><b>Ties</b> (equal remainders) are broken by a fixed rule, so the same input always gives the same
 * table: first the part with the larger weight (the krona is then the smaller relative change to it), then
 * the part that comes first in the order given (the bilaga's row order). docs/adr/0011.
 *
 * <p>Guarantees, for weights ≥ 0 with a positive sum and a total ≥ 0: the parts sum to the total, none is
 * negative, and each is within 1 kr of its exact share (it is the share rounded down or up).
 */
public final class StorstaRest {

    private StorstaRest() {
    }

    /**
     * @param vikter the weights in the order ties are broken by (e.g. last year's posts of a column)
     * @return each key's part, in the same order
     */
    public static <K> Map<K, Kronor> fordela(Map<K, Kronor> vikter, Kronor total) {
        Objects.requireNonNull(total, "total");
        if (total.isNegative()) {
            throw new IllegalArgumentException("summan att fördela kan inte vara negativ: " + total);
        }
        List<Andel<K>> andelar = new ArrayList<>();
        long viktsumma = 0;
        for (Map.Entry<K, Kronor> vikt : vikter.entrySet()) {
            if (vikt.getValue().isNegative()) {
                throw new IllegalArgumentException("vikten för " + vikt.getKey() + " är negativ: " + vikt.getValue());
            }
            viktsumma = Math.addExact(viktsumma, vikt.getValue().belopp());
        }
        if (viktsumma == 0) {
            throw new IllegalArgumentException("vikterna summerar till 0: andelarna går inte att räkna fram");
        }
        BigDecimal namnare = BigDecimal.valueOf(viktsumma);
        long fordelat = 0;
        int ordning = 0;
        for (Map.Entry<K, Kronor> vikt : vikter.entrySet()) {
            long produkt = Math.multiplyExact(vikt.getValue().belopp(), total.belopp());
            Kronor golv = Avrundning.NEDAT.avrundaKvot(BigDecimal.valueOf(produkt), namnare);
            long rest = produkt - Math.multiplyExact(golv.belopp(), viktsumma);
            andelar.add(new Andel<>(vikt.getKey(), vikt.getValue().belopp(), ordning++, golv.belopp(), rest));
            fordelat += golv.belopp();
        }
        long kvar = total.belopp() - fordelat;
        List<Andel<K>> turordning = new ArrayList<>(andelar);
        turordning.sort(Comparator.<Andel<K>>comparingLong(a -> a.rest).reversed()
                .thenComparing(Comparator.<Andel<K>>comparingLong(a -> a.vikt).reversed())
                .thenComparingInt(a -> a.ordning));
        for (int i = 0; i < kvar; i++) {
            turordning.get(i).golv++;
        }
        Map<K, Kronor> delar = new LinkedHashMap<>();
        andelar.forEach(a -> delar.put(a.nyckel, Kronor.of(a.golv)));
        return delar;
    }

    /** A part being worked out: its exact share is {@code golv + rest / viktsumma}. */
    private static final class Andel<K> {
        private final K nyckel;
        private final long vikt;
        private final int ordning;
        private final long rest;
        private long golv;

        private Andel(K nyckel, long vikt, int ordning, long golv, long rest) {
            this.nyckel = nyckel;
            this.vikt = vikt;
            this.ordning = ordning;
            this.golv = golv;
            this.rest = rest;
        }
    }
}
