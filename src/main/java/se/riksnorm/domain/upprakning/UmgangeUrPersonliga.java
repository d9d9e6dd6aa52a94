package se.riksnorm.domain.upprakning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * Umgängesnorm per dag = (summa personliga kostnader − the excluded posts) × 12 / days per year, rounded.
 * With kläder och skor excluded, 365,25 days and rounding down it gives Nyköping's whole 2022 row
 * (SN22/37; e.g. 0 år: (2 220 − 555) × 12 / 365,25 = 54,70 → 54): a child visiting a parent needs its
 * food and everyday costs for the day, but its clothes are bought at home.
 *
 * @param utom the posts a visit does not cost the visited parent
 * @param dagarPerAr the days a year the monthly amounts are spread over
 */
public record UmgangeUrPersonliga(Set<Behovspost> utom, BigDecimal dagarPerAr, Avrundning avrundning) implements Umgangesregel {

    /** The rule of Nyköping's 2022 row; the default for a kommun that names none. */
    public static final UmgangeUrPersonliga NYKOPING_2022 =
            new UmgangeUrPersonliga(EnumSet.of(Behovspost.KLADER_OCH_SKOR), new BigDecimal("365.25"), Avrundning.NEDAT);

    private static final BigDecimal MANADER = BigDecimal.valueOf(12);

    public UmgangeUrPersonliga {
        Objects.requireNonNull(dagarPerAr, "dagarPerAr");
        Objects.requireNonNull(avrundning, "avrundning");
        if (utom.stream().anyMatch(post -> !post.arPersonlig())) {
            throw Vagran.ogiltigt("utom", utom.toString(), "Umgängesnormen räknas ur personliga kostnader; "
                    + "bara personliga poster kan undantas.");
        }
        if (dagarPerAr.signum() <= 0) {
            throw Vagran.ogiltigt("dagar_per_ar", dagarPerAr.toPlainString(), "Antalet dagar per år ska vara större än 0.");
        }
        utom = utom.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(utom));
    }

    @Override
    public Map<Aldersgrupp, Kronor> foresla(Map<Aldersgrupp, Poster> personligaKostnader, Map<Aldersgrupp, Kronor> basaretsUmgangesnorm) {
        Map<Aldersgrupp, Kronor> perDag = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.barn()) {
            Poster poster = personligaKostnader.get(grupp);
            Kronor underlag = poster.summa();
            for (Behovspost post : utom) {
                underlag = underlag.minus(poster.get(post));
            }
            perDag.put(grupp, avrundning.avrundaKvot(underlag.toBigDecimal().multiply(MANADER), dagarPerAr));
        }
        return perDag;
    }

    @Override
    public String beskrivning() {
        String undantag = utom.stream().map(p -> " − " + p.benamning().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining());
        return "(summa personliga kostnader" + undantag + ") × 12 / " + dagarPerAr.toPlainString().replace('.', ',')
                + ", " + Avrundningstext.av(avrundning);
    }
}
