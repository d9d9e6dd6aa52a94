package se.riksnorm.domain.riksnorm;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;

/**
 * One year's national riksnorm: the totals the government sets for every kommun (SoF 2001:937
 * 2 kap. 1 §, amended each year, e.g. SFS 2020:1013 for 2021). Each amount carries its source.
 *
 * @param gemensammaKostnader gemensamma hushållskostnader for households of 1–7 persons
 * @param storreHushallKalla the source of the rule for more than 7 persons (each extra person adds G7 − G6)
 * @param ejLunch the lower amounts for children 0–6 who eat lunch at förskola, where published; may be empty
 * @param upprakning the percentage the year was raised by, or {@code null} where none is recorded
 */
public record Riksnorm(
        int ar,
        Giltighet giltighet,
        Riksnormstatus status,
        Map<Aldersgrupp, Normbelopp> personligaKostnader,
        SortedMap<Integer, Normbelopp> gemensammaKostnader,
        Kalla storreHushallKalla,
        Map<Aldersgrupp, Normbelopp> ejLunch,
        Upprakning upprakning) {

    /** The national table lists households up to this size; larger ones follow the G7 − G6 rule. */
    public static final int STORSTA_TABELLERADE_HUSHALL = 7;

    /** The columns that can have an "ej lunch" amount: children of förskola age (0–6 år). */
    public static final EnumSet<Aldersgrupp> EJ_LUNCH_KOLUMNER =
            EnumSet.of(Aldersgrupp.AR_0, Aldersgrupp.AR_1_2, Aldersgrupp.AR_3, Aldersgrupp.AR_4_6);

    public Riksnorm {
        Objects.requireNonNull(giltighet, "giltighet");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(storreHushallKalla, "storreHushallKalla");
        if (!personligaKostnader.keySet().containsAll(EnumSet.allOf(Aldersgrupp.class))) {
            throw new IllegalArgumentException("riksnorm " + ar + " saknar personliga kostnader för "
                    + EnumSet.complementOf(EnumSet.copyOf(personligaKostnader.keySet())));
        }
        for (int n = 1; n <= STORSTA_TABELLERADE_HUSHALL; n++) {
            if (!gemensammaKostnader.containsKey(n)) {
                throw new IllegalArgumentException("riksnorm " + ar + " saknar gemensamma kostnader för " + n + " personer");
            }
        }
        if (gemensammaKostnader.size() != STORSTA_TABELLERADE_HUSHALL) {
            throw new IllegalArgumentException("riksnorm " + ar + " ska ha gemensamma kostnader för 1–7 personer, inte "
                    + gemensammaKostnader.keySet());
        }
        if (!EJ_LUNCH_KOLUMNER.containsAll(ejLunch.keySet())) {
            throw new IllegalArgumentException("riksnorm " + ar + ": belopp för ej lunch finns bara för 0–6 år");
        }
        personligaKostnader = Collections.unmodifiableMap(new EnumMap<>(personligaKostnader));
        gemensammaKostnader = Collections.unmodifiableSortedMap(new TreeMap<>(gemensammaKostnader));
        ejLunch = ejLunch.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(ejLunch));
    }

    public Kronor personliga(Aldersgrupp grupp) {
        return personligaKostnader.get(grupp).kronor();
    }

    /**
     * Gemensamma hushållskostnader for a household of {@code antalPersoner}. Above seven persons the
     * förordning adds the step from six to seven persons for each extra person (SoF 2 kap. 1 §).
     */
    public Kronor gemensamma(int antalPersoner) {
        if (antalPersoner < 1) {
            throw new IllegalArgumentException("ett hushåll har minst en person, inte " + antalPersoner);
        }
        if (antalPersoner <= STORSTA_TABELLERADE_HUSHALL) {
            return gemensammaKostnader.get(antalPersoner).kronor();
        }
        Kronor sju = gemensammaKostnader.get(STORSTA_TABELLERADE_HUSHALL).kronor();
        return sju.plus(tillaggPerPersonOverSju().times(antalPersoner - STORSTA_TABELLERADE_HUSHALL));
    }

    /** G7 − G6: what each person beyond the seventh adds to gemensamma kostnader. */
    public Kronor tillaggPerPersonOverSju() {
        return gemensammaKostnader.get(STORSTA_TABELLERADE_HUSHALL).kronor()
                .minus(gemensammaKostnader.get(STORSTA_TABELLERADE_HUSHALL - 1).kronor());
    }

    public Optional<Normbelopp> ejLunch(Aldersgrupp grupp) {
        return Optional.ofNullable(ejLunch.get(grupp));
    }

    public Optional<Upprakning> upprakningen() {
        return Optional.ofNullable(upprakning);
    }
}
