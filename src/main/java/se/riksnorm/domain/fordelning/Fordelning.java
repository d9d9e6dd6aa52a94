package se.riksnorm.domain.fordelning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * A kommun's split of one year's riksnorm over the budget posts, with the matnorm and umgängesnorm
 * it decided beside it (the layout of Nyköping SN22/37's "Underlag för beräkning av normen").
 * Only the split is the kommun's; the column totals are the government's, which
 * {@link FordelningKontroll} checks.
 *
 * @param beslut the decision, required once the fördelning is {@link Fordelningsstatus#BESLUTAD}
 * @param gemensammaKostnader households of 1 up to the largest size the kommun tabulates (Nyköping: 10)
 * @param umgangesnormPerDag per child column (0–20 år), including matnorm; decided values, not derived
 */
public record Fordelning(
        Kommun kommun,
        int ar,
        Fordelningsstatus status,
        Beslut beslut,
        Kalla kalla,
        Map<Aldersgrupp, Poster> personligaKostnader,
        SortedMap<Integer, Poster> gemensammaKostnader,
        Map<Aldersgrupp, Matnorm> matnorm,
        Map<Aldersgrupp, Kronor> umgangesnormPerDag,
        HemmavarandeUngdom hemmavarandeUngdom) {

    public Fordelning {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kalla, "kalla");
        Objects.requireNonNull(hemmavarandeUngdom, "hemmavarandeUngdom");
        if (status == Fordelningsstatus.BESLUTAD && beslut == null) {
            throw new IllegalArgumentException(kommun.namn() + " " + ar + " är beslutad men saknar beslut");
        }
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            Poster poster = personligaKostnader.get(grupp);
            if (poster == null || !poster.belopp().keySet().equals(new HashSet<>(Behovspost.personliga(grupp)))) {
                throw new IllegalArgumentException(kommun.namn() + " " + ar + ": kolumnen " + grupp.benamning()
                        + " ska ha posterna " + Behovspost.personliga(grupp));
            }
        }
        if (gemensammaKostnader.isEmpty() || gemensammaKostnader.firstKey() != 1
                || gemensammaKostnader.lastKey() != gemensammaKostnader.size()) {
            throw new IllegalArgumentException(kommun.namn() + " " + ar
                    + ": gemensamma kostnader ska anges för 1, 2, 3 … personer utan lucka, inte " + gemensammaKostnader.keySet());
        }
        for (Map.Entry<Integer, Poster> kolumn : gemensammaKostnader.entrySet()) {
            if (!kolumn.getValue().belopp().keySet().equals(new HashSet<>(Behovspost.gemensamma()))) {
                throw new IllegalArgumentException(kommun.namn() + " " + ar + ": gemensamma kostnader för "
                        + kolumn.getKey() + " personer ska ha posterna " + Behovspost.gemensamma());
            }
        }
        if (!matnorm.keySet().containsAll(EnumSet.allOf(Aldersgrupp.class))) {
            throw new IllegalArgumentException(kommun.namn() + " " + ar + ": matnorm saknas för någon kolumn");
        }
        if (!umgangesnormPerDag.keySet().equals(new HashSet<>(Aldersgrupp.barn()))) {
            throw new IllegalArgumentException(kommun.namn() + " " + ar + ": umgängesnorm ska anges för barnens kolumner 0–20 år");
        }
        personligaKostnader = Collections.unmodifiableMap(new EnumMap<>(personligaKostnader));
        gemensammaKostnader = Collections.unmodifiableSortedMap(new TreeMap<>(gemensammaKostnader));
        matnorm = Collections.unmodifiableMap(new EnumMap<>(matnorm));
        umgangesnormPerDag = Collections.unmodifiableMap(new EnumMap<>(umgangesnormPerDag));
    }

    /** The same table citing another source: a decision's, under the id it is stored with. */
    public Fordelning medKalla(Kalla annan) {
        return new Fordelning(kommun, ar, status, beslut, annan, personligaKostnader, gemensammaKostnader, matnorm,
                umgangesnormPerDag, hemmavarandeUngdom);
    }

    /** The same table under another hemmavarande-ungdom rule: the kommun's own choice of rounding. */
    public Fordelning medHemmavarandeUngdom(HemmavarandeUngdom annan) {
        return new Fordelning(kommun, ar, status, beslut, kalla, personligaKostnader, gemensammaKostnader, matnorm,
                umgangesnormPerDag, annan);
    }

    public Kronor post(Aldersgrupp grupp, Behovspost post) {
        return personligaKostnader.get(grupp).get(post);
    }

    public Kronor summaPersonliga(Aldersgrupp grupp) {
        return personligaKostnader.get(grupp).summa();
    }

    /** The largest household the kommun's table gives gemensamma posts for. */
    public int storstaHushall() {
        return gemensammaKostnader.lastKey();
    }

    public Optional<Poster> gemensamma(int antalPersoner) {
        return Optional.ofNullable(gemensammaKostnader.get(antalPersoner));
    }

    public Optional<Beslut> beslutet() {
        return Optional.ofNullable(beslut);
    }
}
