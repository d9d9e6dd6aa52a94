package se.riksnorm.normfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Referens;

/**
 * norms/ holds exactly the reference's figures: every national cell of each year the reference extract has (2019–2026)
 * and every cell of Nyköping's bilagor. A year after the extract (2027 when it is entered) must be marked preliminär
 * until its figures are added to the extract: the build never pins the list of years.
 */
class NormerMotReferensTest {

    private static final NormFiles NORMER = ProjektetsNormer.las();

    @Test
    void allaFilerGarAttLasa() {
        assertThat(NORMER.fel()).isEmpty();
        List<Integer> ar = ProjektetsNormer.riksnormsar();
        assertThat(ar).as("the reference's years are all in norms/").containsAll(Referens.riksnorm("personliga").keySet());
        for (int i = 1; i < ar.size(); i++) {
            assertThat(ar.get(i)).as("no year missing between " + ar.get(0) + " and " + ar.get(ar.size() - 1)).isEqualTo(ar.get(i - 1) + 1);
        }
        NORMER.riksnormer().stream().map(NormFile::innehall).filter(r -> !Referens.riksnorm("personliga").containsKey(r.ar()))
                .forEach(r -> assertThat(r.status()).as(r.ar() + " is not in the reference extract yet")
                        .isEqualTo(se.riksnorm.domain.riksnorm.Riksnormstatus.PRELIMINAR));
        assertThat(NORMER.fordelningar()).extracting(NormFile::fil)
                .containsExactly("norms/kommuner/nykoping/2022.yaml", "norms/kommuner/nykoping/2023.yaml");
    }

    @Test
    void varjeRiksnormsbeloppArReferensens() {
        Map<Integer, List<Long>> personliga = Referens.riksnorm("personliga");
        Map<Integer, List<Long>> gemensamma = Referens.riksnorm("gemensamma");
        assertThat(personliga).as("the extract has at least the reference's years").containsKeys(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        for (NormFile<Riksnorm> fil : NORMER.riksnormer()) {
            Riksnorm riksnorm = fil.innehall();
            if (!personliga.containsKey(riksnorm.ar())) {
                continue;   // a preliminary year after the extract (checked above)
            }
            List<Long> vantadePersonliga = personliga.get(riksnorm.ar());
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                assertThat(riksnorm.personliga(grupp).belopp()).as(fil.fil() + " " + grupp)
                        .isEqualTo(vantadePersonliga.get(grupp.ordinal()));
            }
            List<Long> vantadeGemensamma = gemensamma.get(riksnorm.ar());
            for (int antal = 1; antal <= 7; antal++) {
                assertThat(riksnorm.gemensamma(antal).belopp()).as(fil.fil() + " " + antal + " personer")
                        .isEqualTo(vantadeGemensamma.get(antal - 1));
            }
        }
    }

    @Test
    void ejLunchFinnsDarDenPubliceratsOchBaraDar() {
        Riksnorm r2019 = ProjektetsNormer.riksnorm(2019);
        Riksnorm r2021 = ProjektetsNormer.riksnorm(2021);
        // reference §2: 2019 2000 / 2190 / 1940 / 2120, 2021 2050 / 2240 / 1990 / 2170 for 0, 1–2, 3, 4–6 år
        assertThat(List.of(Aldersgrupp.AR_0, Aldersgrupp.AR_1_2, Aldersgrupp.AR_3, Aldersgrupp.AR_4_6))
                .extracting(g -> r2019.ejLunch(g).orElseThrow().kronor().belopp()).containsExactly(2000L, 2190L, 1940L, 2120L);
        assertThat(List.of(Aldersgrupp.AR_0, Aldersgrupp.AR_1_2, Aldersgrupp.AR_3, Aldersgrupp.AR_4_6))
                .extracting(g -> r2021.ejLunch(g).orElseThrow().kronor().belopp()).containsExactly(2050L, 2240L, 1990L, 2170L);
        NORMER.riksnormer().stream().map(NormFile::innehall).filter(r -> r.ar() != 2019 && r.ar() != 2021)
                .forEach(r -> assertThat(r.ejLunch()).as("ej lunch " + r.ar()).isEmpty());
    }

    @Test
    void varjeBeloppHarKallaOchTillforlitlighet() {
        // 2021 is the förordning itself (SFS 2020:1013)
        assertThat(ProjektetsNormer.riksnorm(2021).personligaKostnader().values())
                .allSatisfy(b -> assertThat(b.tillforlitlighet()).isEqualTo(Tillforlitlighet.OFFICIELL));
        // 2026 is derived, except the cells the government's totals and a kommun's system confirm
        Riksnorm r2026 = ProjektetsNormer.riksnorm(2026);
        assertThat(r2026.personligaKostnader().get(Aldersgrupp.AR_0).tillforlitlighet()).isEqualTo(Tillforlitlighet.HARLEDD);
        assertThat(r2026.personligaKostnader().get(Aldersgrupp.ENSAMSTAENDE).kalla().id()).isEqualTo("bekraftad-2026");
        assertThat(r2026.gemensammaKostnader().get(3).tillforlitlighet()).isEqualTo(Tillforlitlighet.HARLEDD);
        assertThat(r2026.gemensammaKostnader().get(5).tillforlitlighet()).isEqualTo(Tillforlitlighet.KOMMUNSIDA);
        // the government's 2026 statement: 3 940 + 1 280 = 5 220 kr single, 7 100 + 1 410 = 8 510 kr couple
        assertThat(r2026.personliga(Aldersgrupp.ENSAMSTAENDE).plus(r2026.gemensamma(1))).isEqualTo(Kronor.of(5220));
        assertThat(r2026.personliga(Aldersgrupp.SAMMANBOENDE).plus(r2026.gemensamma(2))).isEqualTo(Kronor.of(8510));
    }

    @ParameterizedTest(name = "Nyköping {0}: every cell is the bilaga's")
    @ValueSource(ints = {2022, 2023})
    void varjeCellINykopingsFordelningArBilagans(int ar) {
        Map<String, List<Long>> bilaga = Referens.nykopingBilaga(ar);
        Fordelning fordelning = ProjektetsNormer.nykoping(ar);
        Map<String, Behovspost> personligaRader = Map.of("Livsmedel", Behovspost.LIVSMEDEL,
                "Kläder / skor", Behovspost.KLADER_OCH_SKOR, "Fritid / lek", Behovspost.FRITID_OCH_LEK,
                "Hygien", Behovspost.HYGIEN, "Barn- och ungdomsförsäkring", Behovspost.BARN_OCH_UNGDOMSFORSAKRING);
        for (var rad : personligaRader.entrySet()) {
            List<Long> vantat = bilaga.get(rad.getKey());
            List<Aldersgrupp> kolumner = rad.getValue() == Behovspost.BARN_OCH_UNGDOMSFORSAKRING
                    ? Aldersgrupp.barn() : List.of(Aldersgrupp.values());
            // every figure the bilaga prints on the row is compared: none is left over
            assertThat(vantat).as(rad.getKey()).hasSameSizeAs(kolumner);
            for (int i = 0; i < kolumner.size(); i++) {
                assertThat(fordelning.post(kolumner.get(i), rad.getValue()).belopp()).as(rad.getKey() + " " + kolumner.get(i))
                        .isEqualTo(vantat.get(i));
            }
        }
        List<Long> forbrukning = bilaga.get("Förbrukningsvaror i hemmet");
        List<Long> telefon = bilaga.get("Telefon, dagstidning m m");
        List<Long> summaGemensamma = bilaga.get("Summa gemensamma kostnader");
        assertThat(List.of(forbrukning.size(), telefon.size(), summaGemensamma.size())).as("household sizes 1–10").containsOnly(10);
        for (int antal = 1; antal <= 10; antal++) {
            var poster = fordelning.gemensamma(antal).orElseThrow();
            assertThat(poster.get(Behovspost.FORBRUKNINGSVAROR).belopp()).isEqualTo(forbrukning.get(antal - 1));
            assertThat(poster.get(Behovspost.TELEFON_OCH_DAGSTIDNING).belopp()).isEqualTo(telefon.get(antal - 1));
            assertThat(poster.summa().belopp()).as("summa " + antal + " personer").isEqualTo(summaGemensamma.get(antal - 1));
        }
        List<Long> summaPersonliga = bilaga.get("Summa personliga kostnader");
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            assertThat(fordelning.summaPersonliga(grupp).belopp()).isEqualTo(summaPersonliga.get(grupp.ordinal()));
            assertThat(fordelning.matnorm().get(grupp).perManad().belopp()).isEqualTo(bilaga.get("Matnorm per månad").get(grupp.ordinal()));
            assertThat(fordelning.matnorm().get(grupp).perVecka().belopp()).isEqualTo(bilaga.get("Matnorm per vecka").get(grupp.ordinal()));
            assertThat(fordelning.matnorm().get(grupp).perDag().belopp()).isEqualTo(bilaga.get("Matnorm per dag").get(grupp.ordinal()));
        }
        for (Aldersgrupp grupp : Aldersgrupp.barn()) {
            assertThat(fordelning.umgangesnormPerDag().get(grupp).belopp())
                    .isEqualTo(bilaga.get("Umgängesnorm per dag").get(grupp.ordinal()));
        }
    }

    @Test
    void matnormensFormlerGerAlla40CellernaBadaAren() {
        for (int ar : List.of(2022, 2023)) {
            Fordelning fordelning = ProjektetsNormer.nykoping(ar);
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                // e.g. 2023 0 år: 823 × 84 / 365 = 189,4 → 189; 823 × 12 / 365 = 27,06 → 27
                Matnorm harledd = Matnorm.harleddAv(fordelning.post(grupp, Behovspost.LIVSMEDEL));
                assertThat(harledd).as(ar + " " + grupp).isEqualTo(fordelning.matnorm().get(grupp));
            }
        }
    }
}
