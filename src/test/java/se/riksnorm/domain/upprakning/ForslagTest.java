package se.riksnorm.domain.upprakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.support.ProjektetsNormer;

/** A proposal's life: adjusted cell by cell, re-validated, decided only without findings, then frozen. */
class ForslagTest {

    private static final Riksnorm RIKSNORM_2023 = ProjektetsNormer.riksnorm(2023);
    private static final Forslag FORSLAG = Forslag.nytt(2022,
            FordelningUpprakning.foresla(ProjektetsNormer.nykoping(2022), RIKSNORM_2023, Umgangesregel.standard(), 5),
            Umgangesregel.standard());
    private static final Beslut BESLUT = new Beslut("Socialnämnden", LocalDate.of(2022, 12, 8), "§ 123", "SN22/37",
            LocalDate.of(2022, 11, 21), "Bilaga till tjänsteskrivelse 2022-11-21");
    private static final Kalla KALLA = new Kalla("nykoping-2023-sn22-37", "Socialnämnden", Tillforlitlighet.OFFICIELL, null);

    @Test
    void enFlyttMellanPosterAndrarBaraDeCellernaOchMatnormenFoljer() {
        // 1–2 år: move the krona the tie gave kläder back to försäkring (621 → 620, 80 → 81), livsmedel +2 and hygien −2
        Andringsutfall utfall = FORSLAG.andra(List.of(
                andring("personliga_kostnader.klader_och_skor.ar_1_2", 620),
                andring("personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2", 81),
                andring("personliga_kostnader.livsmedel.ar_1_2", 1136),
                andring("personliga_kostnader.hygien.ar_1_2", 646)));

        assertThat(utfall.skillnader()).extracting(Object::toString).containsExactly(
                "personliga_kostnader.klader_och_skor.ar_1_2: 621 → 620",
                "personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2: 80 → 81",
                "personliga_kostnader.livsmedel.ar_1_2: 1134 → 1136",
                "personliga_kostnader.hygien.ar_1_2: 648 → 646");
        Fordelning andrad = utfall.forslag().fordelning();
        assertThat(andrad.summaPersonliga(Aldersgrupp.AR_1_2)).isEqualTo(Kronor.of(2700));
        // matnorm per vecka 1 136 × 84 / 365 = 261,44 → 261; per dag 1 136 × 12 / 365 = 37,35 → 37
        assertThat(andrad.matnorm().get(Aldersgrupp.AR_1_2).perManad()).isEqualTo(Kronor.of(1136));
        assertThat(andrad.matnorm().get(Aldersgrupp.AR_1_2).perVecka()).isEqualTo(Kronor.of(261));
        assertThat(FordelningKontroll.kontrollera(andrad, RIKSNORM_2023)).isEmpty();
        assertThat(FORSLAG.fordelning().post(Aldersgrupp.AR_1_2, Behovspost.LIVSMEDEL)).isEqualTo(Kronor.of(1134));
    }

    @Test
    void enAndringSomBryterSummanFlaggasOchHindrarBeslut() {
        // the 2023 error typed in again: 385 + 1 641 = 2 026 where the riksnorm is 2 060
        Forslag felaktigt = FORSLAG.andra(List.of(andring("gemensamma_kostnader.forbrukningsvaror.5", 385),
                andring("gemensamma_kostnader.telefon_och_dagstidning.5", 1641))).forslag().medBekraftadUmgangesnorm();
        var avvikelser = FordelningKontroll.kontrollera(felaktigt.fordelning(), RIKSNORM_2023);

        assertThat(avvikelser).singleElement().satisfies(a -> assertThat(a.differens()).isEqualTo(Kronor.of(-34)));
        // the example follows the table: 2 026 / 5 = 405,2 → 405; 405 + 3 490 = 3 895
        assertThat(felaktigt.fordelning().hemmavarandeUngdom().exempel().summa()).isEqualTo(Kronor.of(3895));
        assertThatThrownBy(() -> felaktigt.beslutas(BESLUT, KALLA, RIKSNORM_2023, avvikelser))
                .isInstanceOfSatisfying(Vagran.class, v -> {
                    assertThat(v.orsak()).isEqualTo(Vagran.Orsak.BESLUT_HINDRAS);
                    assertThat(v.skal()).singleElement().asString().contains("5 personer: 2 026 kr men förväntat 2 060 kr");
                });
    }

    @Test
    void hinderForBeslutListasAllaPaEnGang() {
        List<String> skal = FORSLAG.hinderForBeslut(ProjektetsNormer.riksnorm(2024), List.of());

        assertThat(skal).hasSize(2);
        assertThat(skal.get(0)).startsWith("Riksnormen för 2024 är preliminär");
        assertThat(skal.get(1)).startsWith("Umgängesnormen är föreslagen enligt regeln (summa personliga kostnader − kläder och skor)");
        assertThat(FORSLAG.medBekraftadUmgangesnorm().hinderForBeslut(RIKSNORM_2023, List.of())).isEmpty();
    }

    @Test
    void ettBeslutatForslagAndrasAldrig() {
        Forslag forslag = FORSLAG.medBekraftadUmgangesnorm();
        Fordelning beslutad = forslag.beslutas(BESLUT, KALLA, RIKSNORM_2023, List.of());
        Forslag beslutat = forslag.beslutadSom(2);

        assertThat(beslutad.status()).isEqualTo(Fordelningsstatus.BESLUTAD);
        assertThat(beslutad.beslut()).isEqualTo(BESLUT);
        assertThat(beslutad.kalla()).isEqualTo(KALLA);
        assertThat(beslutad.gemensamma(5).orElseThrow().summa()).isEqualTo(Kronor.of(2060));
        List<Runnable> forsok = List.of(
                () -> beslutat.andra(List.of(andring("gemensamma_kostnader.forbrukningsvaror.5", 392))),
                beslutat::medBekraftadUmgangesnorm,
                () -> beslutat.beslutas(BESLUT, KALLA, RIKSNORM_2023, List.of()),
                () -> beslutat.beslutadSom(3));
        forsok.forEach(f -> assertThatThrownBy(f::run).isInstanceOfSatisfying(Vagran.class, v -> {
            assertThat(v.orsak()).isEqualTo(Vagran.Orsak.BESLUTAD);
            assertThat(v.getMessage()).isEqualTo("Förslaget till Nyköpings fördelning 2023 är beslutat (version 2) och "
                    + "ändras inte. En ändring kräver ett nytt förslag och ett nytt beslut som ersätter det.");
        }));
    }

    @Test
    void cellerSomInteKanAndrasVagrasMedFaltet() {
        assertThat(vagran(List.of(andring("matnorm.per_vecka.ar_0", 190)))).satisfies(v -> {
            assertThat(v.falt()).isEqualTo("celler[0].cell");
            assertThat(v.getMessage()).contains("följer av tabellen");
        });
        assertThat(vagran(List.of(andring("personliga_kostnader.barn_och_ungdomsforsakring.ensamstaende", 10))).getMessage())
                .contains("finns inte i förslaget till Nyköpings fördelning 2023");
        assertThat(vagran(List.of(andring("gemensamma_kostnader.forbrukningsvaror.11", 10))).falt()).isEqualTo("celler[0].cell");
        assertThat(vagran(List.of(andring("umgangesnorm.per_dag.ar_0", 58), andring("personliga_kostnader.hygien.ar_3", -1))).falt())
                .isEqualTo("celler[1].kronor");
        assertThat(vagran(List.of(andring("umgangesnorm.per_dag.ar_0", 58), andring("umgangesnorm.per_dag.ar_0", 59))).falt())
                .isEqualTo("celler[1].cell");
        assertThat(vagran(List.of()).falt()).isEqualTo("celler");
        assertThatThrownBy(() -> Cellsokvag.tolka("personliga.livsmedel.ar_0", "celler[0].cell"))
                .isInstanceOfSatisfying(Vagran.class, v -> assertThat(v.varde()).isEqualTo("personliga.livsmedel.ar_0"));
    }

    @Test
    void enOforandradCellGerIngenSkillnad() {
        assertThat(FORSLAG.andra(List.of(andring("umgangesnorm.per_dag.ar_0", 59))).skillnader()).isEmpty();
    }

    private static Vagran vagran(List<Cellandring> andringar) {
        try {
            FORSLAG.andra(andringar);
        } catch (Vagran v) {
            return v;
        }
        throw new AssertionError("ändringen vägrades inte: " + andringar);
    }

    private static Cellandring andring(String cell, long kronor) {
        return new Cellandring(Cellsokvag.tolka(cell, "cell"), Kronor.of(kronor));
    }
}
