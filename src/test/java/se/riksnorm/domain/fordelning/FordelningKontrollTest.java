package se.riksnorm.domain.fordelning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.kontroll.Kontrollregel;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.support.ProjektetsNormer;

class FordelningKontrollTest {

    private static final NormFiles NORMER = ProjektetsNormer.las();

    @Test
    void nykoping2023HarExaktEnAvvikelseFemPersonerMinus34() {
        List<Avvikelse> avvikelser = FordelningKontroll.kontrollera(ProjektetsNormer.nykoping(2023), ProjektetsNormer.riksnorm(2023));

        // gemensamma kostnader 5 personer: 385 + 1 641 = 2 026; riksnormen 2023: 2 060; 2 026 − 2 060 = −34
        assertThat(avvikelser).hasSize(1);
        Avvikelse avvikelse = avvikelser.get(0);
        assertThat(avvikelse.regel()).isEqualTo(Kontrollregel.SUMMA_MOT_RIKSNORM);
        assertThat(avvikelse.tabell()).isEqualTo(Normtabell.GEMENSAMMA_KOSTNADER);
        assertThat(avvikelse.kolumn()).isEqualTo("5 personer");
        assertThat(avvikelse.forvantat()).isEqualTo(Kronor.of(2060));
        assertThat(avvikelse.faktiskt()).isEqualTo(Kronor.of(2026));
        assertThat(avvikelse.differens()).isEqualTo(Kronor.of(-34));
        assertThat(avvikelse.meddelande()).isEqualTo("Gemensamma hushållskostnader, 5 personer: 2 026 kr men förväntat "
                + "2 060 kr (\u221234 kr). Kolumnens poster ska summera till riksnormens belopp.");
    }

    @Test
    void nykoping2022StammerIVarjeCell() {
        assertThat(FordelningKontroll.kontrollera(ProjektetsNormer.nykoping(2022), ProjektetsNormer.riksnorm(2022))).isEmpty();
    }

    @Test
    void hemmavarandeUngdomEnligtBilagansExempel() {
        HemmavarandeUngdom regel = ProjektetsNormer.nykoping(2022).hemmavarandeUngdom();
        // 1 890 / 5 = 378; 378 + 3 210 = 3 588 (Nyköping SN22/37, bilaga 2022)
        assertThat(regel.andel(Kronor.of(1890), 5)).isEqualTo(Kronor.of(378));
        assertThat(regel.norm(Kronor.of(3210), Kronor.of(1890), 5)).isEqualTo(Kronor.of(3588));
        assertThat(regel.exempel().summa()).isEqualTo(Kronor.of(3588));
    }

    @Test
    void ettFelaktigtExempelFlaggas() {
        Fordelning f = ProjektetsNormer.nykoping(2022);
        // a typo in the example: 379 where 1 890 / 5 = 378, and a sum 3 589 where 3 210 + 379 = 3 589 is consistent
        Fordelning fel = medUngdom(f, new HemmavarandeUngdom(f.hemmavarandeUngdom().andelensAvrundning(),
                new HemmavarandeUngdom.Exempel(5, Kronor.of(1890), Kronor.of(379), Kronor.of(3210), Kronor.of(3589))));
        List<Avvikelse> avvikelser = FordelningKontroll.kontrollera(fel, ProjektetsNormer.riksnorm(2022));
        assertThat(avvikelser).singleElement().satisfies(a -> {
            assertThat(a.regel()).isEqualTo(Kontrollregel.HEMMAVARANDE_EXEMPEL);
            assertThat(a.forvantat()).isEqualTo(Kronor.of(378));
            assertThat(a.faktiskt()).isEqualTo(Kronor.of(379));
        });
    }

    @Test
    void enFelMatnormOchEttNegativtBeloppFlaggas() {
        Fordelning f = ProjektetsNormer.nykoping(2022);
        Map<Aldersgrupp, Matnorm> matnorm = new EnumMap<>(f.matnorm());
        // 2022 0 år: 755 × 84 / 365 = 173,75 → 174; here 175
        matnorm.put(Aldersgrupp.AR_0, new Matnorm(Kronor.of(755), Kronor.of(175), Kronor.of(25)));
        Map<Aldersgrupp, Kronor> umgange = new EnumMap<>(f.umgangesnormPerDag());
        umgange.put(Aldersgrupp.AR_3, Kronor.of(-1));
        Fordelning fel = new Fordelning(f.kommun(), f.ar(), f.status(), f.beslut(), f.kalla(), f.personligaKostnader(),
                new TreeMap<>(f.gemensammaKostnader()), matnorm, umgange, f.hemmavarandeUngdom());

        assertThat(FordelningKontroll.kontrollera(fel, ProjektetsNormer.riksnorm(2022)))
                .extracting(Avvikelse::regel, a -> a.forvantat().belopp(), a -> a.faktiskt().belopp())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kontrollregel.MATNORM_PER_VECKA, 174L, 175L),
                        org.assertj.core.groups.Tuple.tuple(Kontrollregel.NEGATIVT_BELOPP, 0L, -1L));
    }

    private static Fordelning medUngdom(Fordelning f, HemmavarandeUngdom ungdom) {
        return new Fordelning(f.kommun(), f.ar(), f.status(), f.beslut(), f.kalla(), f.personligaKostnader(),
                new TreeMap<>(f.gemensammaKostnader()), f.matnorm(), f.umgangesnormPerDag(), ungdom);
    }
}
