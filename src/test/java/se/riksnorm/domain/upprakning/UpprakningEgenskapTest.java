package se.riksnorm.domain.upprakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.all;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.support.ProjektetsNormer;

/**
 * Properties of the split, on Instancio-generated splits and percentages (0 %, negative and large ones
 * included): every column sums exactly to its new total, no post is negative, each post is within 1 kr of
 * its exact proportional share, and the same input always gives the same table.
 */
@ExtendWith(InstancioExtension.class)
class UpprakningEgenskapTest {

    /** Percentages the government has used and the edges: none, falls, and absurd raises. */
    private static final String[] PROCENT = {"0", "8.6", "8.7", "2.8", "0.7", "-0.5", "-10", "-99.99", "250", "1000"};

    @RepeatedTest(300)
    void storstaRestSummerarExaktUtanNegativaOchInomEnKrona() {
        Map<String, Kronor> vikter = vikter(Instancio.gen().ints().range(1, 12).get());
        Kronor total = Kronor.of(Instancio.gen().longs().range(0L, 5_000_000L).get());

        Map<String, Kronor> delar = StorstaRest.fordela(vikter, total);

        assertThat(delar.keySet()).containsExactlyElementsOf(vikter.keySet());
        assertThat(Kronor.sum(delar.values())).isEqualTo(total);
        long viktsumma = Kronor.sum(vikter.values()).belopp();
        delar.forEach((nyckel, del) -> {
            assertThat(del.isNegative()).isFalse();
            BigDecimal exakt = vikter.get(nyckel).toBigDecimal().multiply(total.toBigDecimal())
                    .divide(BigDecimal.valueOf(viktsumma), 12, RoundingMode.HALF_EVEN);
            assertThat(del.toBigDecimal().subtract(exakt).abs()).as(nyckel).isLessThan(BigDecimal.ONE);
        });
        assertThat(StorstaRest.fordela(new LinkedHashMap<>(vikter), total)).isEqualTo(delar);
    }

    @RepeatedTest(100)
    void enGenereradFordelningRaknasUppTillExaktaSummor() {
        Fordelning bas = genereradFordelning();
        Procentsats procent = procentsats();
        Riksnorm ny = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), procent);

        Fordelning forslag = FordelningUpprakning.foresla(bas, ny, Umgangesregel.standard(), 5);

        forslag.personligaKostnader().forEach((grupp, poster) -> {
            assertThat(poster.summa()).as(grupp.benamning()).isEqualTo(ny.personliga(grupp));
            inomEnKronaFranAndelen(bas.personligaKostnader().get(grupp), poster);
        });
        forslag.gemensammaKostnader().forEach((antal, poster) -> {
            assertThat(poster.summa()).as(antal + " personer").isEqualTo(ny.gemensamma(antal));
            inomEnKronaFranAndelen(bas.gemensamma(antal).orElseThrow(), poster);
        });
        assertThat(FordelningCells.tabell(forslag).celler().values()).allSatisfy(v -> assertThat(v.kronor().isNegative()).isFalse());
        assertThat(FordelningUpprakning.foresla(bas, ny, Umgangesregel.standard(), 5)).isEqualTo(forslag);
    }

    @Test
    void likaResterGarTillDenStorreViktenOchSedanTillDenForsta() {
        Map<String, Kronor> vikter = new LinkedHashMap<>();
        vikter.put("a", Kronor.of(1));
        vikter.put("b", Kronor.of(3));
        // 1 × 2 / 4 = 0,5 and 3 × 2 / 4 = 1,5: equal remainders, the larger weight b takes the krona
        assertThat(StorstaRest.fordela(vikter, Kronor.of(2)).values()).containsExactly(Kronor.of(0), Kronor.of(2));
        Map<String, Kronor> lika = new LinkedHashMap<>();
        lika.put("forsta", Kronor.of(5));
        lika.put("andra", Kronor.of(5));
        // 5 × 1 / 10 = 0,5 each: equal weights, the first in the bilaga's order takes it
        assertThat(StorstaRest.fordela(lika, Kronor.of(1)).values()).containsExactly(Kronor.of(1), Kronor.of(0));
    }

    @Test
    void enNollviktFarAldrigEnRestkrona() {
        Map<String, Kronor> vikter = new LinkedHashMap<>();
        vikter.put("noll", Kronor.NOLL);
        vikter.put("ett", Kronor.of(1));
        vikter.put("tva", Kronor.of(2));
        // 0; 1 × 10 / 3 = 3,33; 2 × 10 / 3 = 6,67 → 0, 3, 7
        assertThat(StorstaRest.fordela(vikter, Kronor.of(10)).values()).containsExactly(Kronor.NOLL, Kronor.of(3), Kronor.of(7));
    }

    private static void inomEnKronaFranAndelen(Poster bas, Poster ny) {
        BigDecimal basSumma = bas.summa().toBigDecimal();
        ny.belopp().forEach((post, kronor) -> {
            BigDecimal exakt = bas.get(post).toBigDecimal().multiply(ny.summa().toBigDecimal())
                    .divide(basSumma, 12, RoundingMode.HALF_EVEN);
            assertThat(kronor.toBigDecimal().subtract(exakt).abs()).as(post.benamning()).isLessThan(BigDecimal.ONE);
        });
    }

    private static Map<String, Kronor> vikter(int antal) {
        List<Long> tal = Instancio.ofList(Long.class).size(antal)
                .generate(all(Long.class), gen -> gen.longs().range(0L, 100_000L)).create();
        Map<String, Kronor> vikter = new LinkedHashMap<>();
        for (int i = 0; i < tal.size(); i++) {
            vikter.put("post" + i, Kronor.of(tal.get(i)));
        }
        if (Kronor.sum(vikter.values()).isZero()) {
            vikter.put("post0", Kronor.of(1));
        }
        return vikter;
    }

    private static Procentsats procentsats() {
        boolean kant = Instancio.gen().booleans().get();
        BigDecimal procent = kant ? new BigDecimal(Instancio.gen().oneOf(PROCENT).get())
                : Instancio.gen().math().bigDecimal().range(new BigDecimal("-99.99"), new BigDecimal("1000")).scale(2).get();
        return new Procentsats(procent);
    }

    /** Nyköping's shape (ten columns, 1–10 persons) with every post generated. */
    private static Fordelning genereradFordelning() {
        Fordelning mall = ProjektetsNormer.nykoping(2022);
        Map<Aldersgrupp, Poster> personliga = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            personliga.put(grupp, poster(Behovspost.personliga(grupp)));
        }
        TreeMap<Integer, Poster> gemensamma = new TreeMap<>();
        for (int antal = 1; antal <= mall.storstaHushall(); antal++) {
            gemensamma.put(antal, poster(Behovspost.gemensamma()));
        }
        return new Fordelning(mall.kommun(), mall.ar(), mall.status(), mall.beslut(), mall.kalla(), personliga, gemensamma,
                HarleddaBelopp.matnorm(personliga), mall.umgangesnormPerDag(), mall.hemmavarandeUngdom());
    }

    private static Poster poster(List<Behovspost> poster) {
        Map<Behovspost, Kronor> belopp = new EnumMap<>(Behovspost.class);
        Map<String, Kronor> vikter = vikter(poster.size());
        for (int i = 0; i < poster.size(); i++) {
            belopp.put(poster.get(i), vikter.get("post" + i));
        }
        return new Poster(belopp);
    }
}
