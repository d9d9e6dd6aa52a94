package se.riksnorm.domain.upprakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Referens;

/** Next year's national totals from last year's and the government's percentage (docs/kallor.md). */
class RiksnormUpprakningTest {

    @ParameterizedTest(name = "{0} + {1} % ger den lagrade tabellen {2} i varje cell")
    @CsvSource({"2022, 8.6, 2023", "2023, 8.7, 2024", "2024, 2.8, 2025"})
    void regelnGerVarjeCellAvAren2023Till2025(int basar, String procent, int ar) {
        Riksnorm forslag = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(basar), Procentsats.tolka(procent));

        // e.g. 2023: ensamstående 3 210 × 1,086 = 3 486,06 → 3 490; gemensamma 5 personer 1 890 × 1,086 = 2 052,54 → 2 060
        assertThat(personliga(forslag)).containsExactlyElementsOf(Referens.riksnorm("personliga").get(ar));
        assertThat(gemensamma(forslag)).containsExactlyElementsOf(Referens.riksnorm("gemensamma").get(ar));
        assertThat(forslag.ar()).isEqualTo(ar);
    }

    @Test
    void nykoping2022PlusAttaKommaSexArDenLagrade2023IVarjeCell() {
        Riksnorm forslag = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), Procentsats.tolka("8.6"));
        Riksnorm lagrad = ProjektetsNormer.riksnorm(2023);

        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            assertThat(forslag.personliga(grupp)).as(grupp.benamning()).isEqualTo(lagrad.personliga(grupp));
        }
        for (int antal = 1; antal <= 10; antal++) {
            assertThat(forslag.gemensamma(antal)).as(antal + " personer").isEqualTo(lagrad.gemensamma(antal));
        }
    }

    @Test
    void flerAnSjuPersonerFoljerAvDenNyaTabellensG7MinusG6() {
        Riksnorm forslag = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), Procentsats.tolka("8.6"));

        // 2 310 × 1,086 = 2 508,66 → 2 510 and 2 140 × 1,086 = 2 324,04 → 2 330: 8 personer 2 510 + 180 = 2 690
        assertThat(forslag.gemensamma(8)).isEqualTo(Kronor.of(2690));
        // not 2 480 × 1,086 = 2 693,28 → 2 700, which raising 2022's 8-person amount on its own would give
        assertThat(forslag.gemensamma(10)).isEqualTo(Kronor.of(3050));
        assertThat(forslag.gemensammaKostnader()).hasSize(7);
    }

    @Test
    void ar2021Och2022HarVarsinCellSomRegelnMissar() {
        Riksnorm ur2020 = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2020), Procentsats.tolka("0.3"));
        Riksnorm ur2021 = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2021), Procentsats.tolka("1.6"));

        // 2021, 11–14 år: 3 510 × 1,003 = 3 520,53 → 3 530, published 3 520
        assertThat(skillnader(ur2020, ProjektetsNormer.riksnorm(2021))).containsExactly("11–14 år: 3530 ≠ 3520");
        // 2022, ensamstående: 3 160 × 1,016 = 3 210,56 → 3 220, published 3 210
        assertThat(skillnader(ur2021, ProjektetsNormer.riksnorm(2022))).containsExactly("Ensamstående: 3220 ≠ 3210");
    }

    @Test
    void ejLunchRaknasUppDarBasaretHarDem() {
        Riksnorm forslag = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2021), Procentsats.tolka("1.6"));

        // SFS 2020:1013 ej lunch 2021: 2 050, 2 240, 1 990, 2 170 × 1,016 = 2 082,8 / 2 275,84 / 2 021,84 / 2 204,72
        assertThat(forslag.ejLunch().values()).extracting(b -> b.kronor().belopp()).containsExactly(2090L, 2280L, 2030L, 2210L);
        assertThat(RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), Procentsats.tolka("8.6")).ejLunch()).isEmpty();
    }

    @Test
    void forslagetArPreliminartOchVarjeCellHarledd() {
        Riksnorm forslag = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2023), Procentsats.tolka("8,7"));

        assertThat(forslag.status()).isEqualTo(Riksnormstatus.PRELIMINAR);
        assertThat(forslag.giltighet().fran().toString()).isEqualTo("2024-01");
        assertThat(forslag.personligaKostnader().values()).allSatisfy(b -> {
            assertThat(b.tillforlitlighet()).isEqualTo(Tillforlitlighet.HARLEDD);
            assertThat(b.kalla().id()).isEqualTo("upprakning-2024-fran-2023-8-7");
            assertThat(b.kalla().titel()).contains("riksnorm 2023 × (1 + 8,7 %)").contains("uppåt till tiotal");
        });
        assertThat(forslag.gemensammaKostnader().values()).allSatisfy(b -> assertThat(b.tillforlitlighet()).isEqualTo(Tillforlitlighet.HARLEDD));
        assertThat(forslag.upprakningen().orElseThrow().procent()).isEqualByComparingTo("8.7");
        assertThat(forslag.storreHushallKalla().id()).isEqualTo("sof-2-kap-1");
    }

    @Test
    void nollNegativOchStorProcent() {
        Riksnorm bas = ProjektetsNormer.riksnorm(2023);
        // every national amount is a whole ten: 0 % leaves it as it is
        assertThat(personliga(RiksnormUpprakning.foresla(bas, Procentsats.tolka("0")))).containsExactlyElementsOf(personliga(bas));
        // 2 420 × 0,9 = 2 178 → 2 180; 6 300 × 0,9 = 5 670
        Riksnorm sankt = RiksnormUpprakning.foresla(bas, Procentsats.tolka("-10"));
        assertThat(sankt.personliga(Aldersgrupp.AR_0)).isEqualTo(Kronor.of(2180));
        assertThat(sankt.personliga(Aldersgrupp.SAMMANBOENDE)).isEqualTo(Kronor.of(5670));
        // 2 420 × 6 = 14 520
        assertThat(RiksnormUpprakning.foresla(bas, Procentsats.tolka("500")).personliga(Aldersgrupp.AR_0)).isEqualTo(Kronor.of(14520));
        assertThat(RiksnormUpprakning.uppraknat(Kronor.of(2420), Procentsats.tolka("-99.9999"))).isEqualTo(Kronor.of(10));
    }

    @ParameterizedTest(name = "\"{0}\" vägras")
    @ValueSource(strings = {"-100", "-250", "1000.5", "8.12345", "åtta", "8.7.1", "", "1e3"})
    void orimligProcentVagrasMedFaltet(String procent) {
        assertThatThrownBy(() -> Procentsats.tolka(procent))
                .isInstanceOfSatisfying(Vagran.class, v -> {
                    assertThat(v.orsak()).isEqualTo(Vagran.Orsak.OGILTIGT_VARDE);
                    assertThat(v.falt()).isEqualTo("procent");
                });
    }

    @Test
    void procentSkrivsPaSvenska() {
        assertThat(Procentsats.tolka("8.60").svenskText()).isEqualTo("8,6 %");
        assertThat(Procentsats.tolka("−1,5").svenskText()).isEqualTo("\u22121,5 %");
        assertThat(Procentsats.tolka("-1.5").nyckel()).isEqualTo("minus-1-5");
        assertThat(new Procentsats(new BigDecimal("1E+1")).procent().toPlainString()).isEqualTo("10");
    }

    private static List<Long> personliga(Riksnorm riksnorm) {
        return riksnorm.personligaKostnader().values().stream().map(b -> b.kronor().belopp()).toList();
    }

    private static List<Long> gemensamma(Riksnorm riksnorm) {
        return riksnorm.gemensammaKostnader().values().stream().map(b -> b.kronor().belopp()).toList();
    }

    private static List<String> skillnader(Riksnorm forslag, Riksnorm publicerad) {
        List<String> skillnader = new ArrayList<>();
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            if (!forslag.personliga(grupp).equals(publicerad.personliga(grupp))) {
                skillnader.add(grupp.benamning() + ": " + forslag.personliga(grupp).belopp() + " ≠ " + publicerad.personliga(grupp).belopp());
            }
        }
        for (int antal = 1; antal <= 7; antal++) {
            if (!forslag.gemensamma(antal).equals(publicerad.gemensamma(antal))) {
                skillnader.add(antal + " personer: " + forslag.gemensamma(antal).belopp() + " ≠ " + publicerad.gemensamma(antal).belopp());
            }
        }
        return skillnader;
    }
}
