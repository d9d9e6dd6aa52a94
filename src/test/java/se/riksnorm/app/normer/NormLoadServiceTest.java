package se.riksnorm.app.normer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.normfiles.Filutfall;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Sql;

/**
 * Loading norms/ on start, step by step on one database: first load, restart, an edit of a decided table,
 * an edit of a preliminary one, and files that do not fit the stored tables.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NormLoadServiceTest extends EgnaNormer {


    @Inject
    NormLoadService loader;
    @Inject
    Normregister register;
    @Inject
    DataSource dataSource;
    @Inject
    Regelregister regler;

    @Test
    @Order(1)
    void startenLaserInAllaTabellerOchFlaggarNykopings2023() {
        Inlasningsrapport rapport = loader.senasteRapport();

        assertThat(rapport.antal(Inlasningsutfall.NY)).isEqualTo(ProjektetsNormer.antalInlasningsfiler());
        assertThat(rapport.filer()).allSatisfy(f -> assertThat(f.utfall()).isEqualTo(Inlasningsutfall.NY));
        Filutfall nykoping2023 = fil(rapport, "norms/kommuner/nykoping/2023.yaml");
        assertThat(nykoping2023.avvikelser()).containsExactly("Gemensamma hushållskostnader, 5 personer: 2 026 kr men "
                + "förväntat 2 060 kr (\u221234 kr). Kolumnens poster ska summera till riksnormens belopp.");
        // every year × (10 + 7) cells, plus ej lunch 4 cells in 2019 and in 2021 (2019–2026: 8 × 17 + 8 = 144)
        assertThat(Sql.tal(dataSource, "select count(*) from riksnorm_cell")).isEqualTo(ProjektetsNormer.riksnormsar().size() * 17L + 8);
        // two years × (68 posts + 30 matnorm + 8 umgänge), plus the 2022 example's 4 figures
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning_cell")).isEqualTo(2 * 106 + 4);
    }

    @Test
    @Order(2)
    void enOmstartAndrarIngenting() {
        var lagradFore = Sql.rader(dataSource, "select lagrad from fordelning order by id");
        long cellerFore = Sql.tal(dataSource, "select max(id) from fordelning_cell");

        Inlasningsrapport rapport = loader.lasIn(normer, Anvandare.INLASNING);

        assertThat(rapport.filer()).hasSize(ProjektetsNormer.antalInlasningsfiler())
                .allSatisfy(f -> assertThat(f.utfall()).isEqualTo(Inlasningsutfall.OFORANDRAD));
        assertThat(Sql.rader(dataSource, "select lagrad from fordelning order by id")).isEqualTo(lagradFore);
        assertThat(Sql.tal(dataSource, "select max(id) from fordelning_cell")).isEqualTo(cellerFore);
    }

    @Test
    @Order(3)
    void enAndradBeslutadTabellVagrasOchDetLagradeGaller() {
        Path fil = normer.resolve("kommuner/nykoping/2023.yaml");
        ProjektetsNormer.andra(fil, "    5: 385", "    5: 391");
        ProjektetsNormer.andra(fil, "    5: 1641", "    5: 1669");

        Inlasningsrapport rapport = loader.lasIn(normer, Anvandare.INLASNING);

        Filutfall utfall = fil(rapport, "norms/kommuner/nykoping/2023.yaml");
        assertThat(utfall.utfall()).isEqualTo(Inlasningsutfall.VAGRAD);
        assertThat(utfall.meddelande()).contains("norms/kommuner/nykoping/2023.yaml")
                .contains("gemensamma_kostnader.forbrukningsvaror.5: 385 (nykoping-sn22-37) → 391 (nykoping-sn22-37)")
                .contains("gemensamma_kostnader.telefon_och_dagstidning.5: 1641 (nykoping-sn22-37) → 1669 (nykoping-sn22-37)");
        assertThat(utfall.skillnader()).hasSize(2);
        assertThat(Sql.nykopingCell(dataSource, 2023, "GEMENSAMMA_KOSTNADER", "forbrukningsvaror", "5")).isEqualTo(385);
        assertThat(register.aktuell().fordelning(register.aktuell().kommun("nykoping").orElseThrow(), 2023).orElseThrow()
                .gemensamma(5).orElseThrow().get(Behovspost.FORBRUKNINGSVAROR)).isEqualTo(Kronor.of(385));
        assertThat(rapport.filer()).filteredOn(f -> !f.fil().equals(utfall.fil()))
                .allSatisfy(f -> assertThat(f.utfall()).isEqualTo(Inlasningsutfall.OFORANDRAD));
    }

    @Test
    @Order(4)
    void enFaststalldRiksnormAndrasInte() {
        ProjektetsNormer.andra(normer.resolve("riksnorm/2023.yaml"), "ar_0: 2420", "ar_0: 2430");

        Filutfall utfall = fil(loader.lasIn(normer, Anvandare.INLASNING), "norms/riksnorm/2023.yaml");

        assertThat(utfall.utfall()).isEqualTo(Inlasningsutfall.VAGRAD);
        assertThat(utfall.skillnader()).singleElement().hasToString(
                "personliga_kostnader.ar_0: 2420 (nykoping-sn22-37-riksnorm) → 2430 (nykoping-sn22-37-riksnorm)");
        assertThat(register.aktuell().riksnorm(2023).orElseThrow().personliga(Aldersgrupp.AR_0)).isEqualTo(Kronor.of(2420));
    }

    @Test
    @Order(5)
    void enPreliminarRiksnormErsattsOchVarjeAndradCellRapporteras() {
        // the published 2026 table arrives: 0 år turns out 2 750, and its source becomes official
        ProjektetsNormer.andra(normer.resolve("riksnorm/2026.yaml"), "ar_0: 2740", "ar_0: {kronor: 2750, kalla: sfs-2020-1013}");

        Filutfall utfall = fil(loader.lasIn(normer, Anvandare.INLASNING), "norms/riksnorm/2026.yaml");

        assertThat(utfall.utfall()).isEqualTo(Inlasningsutfall.UPPDATERAD);
        assertThat(utfall.skillnader()).singleElement()
                .hasToString("personliga_kostnader.ar_0: 2740 (harledd-2026) → 2750 (sfs-2020-1013)");
        assertThat(Sql.tal(dataSource, "select kronor from riksnorm_cell where ar = 2026 and kolumn = 'ar_0'")).isEqualTo(2750);
        assertThat(register.aktuell().riksnorm(2026).orElseThrow().personliga(Aldersgrupp.AR_0)).isEqualTo(Kronor.of(2750));
    }

    @Test
    @Order(6)
    void enOverlappandeGiltighetAvvisas() {
        ProjektetsNormer.andra(normer.resolve("riksnorm/2025.yaml"), "giltig_till: \"2025-12\"", "giltig_till: \"2026-03\"");

        Filutfall utfall = fil(loader.lasIn(normer, Anvandare.INLASNING), "norms/riksnorm/2025.yaml");

        assertThat(utfall.utfall()).isEqualTo(Inlasningsutfall.FEL);
        assertThat(utfall.meddelande()).contains("2025-01–2026-03 överlappar riksnormen 2026");
        assertThat(Sql.text(dataSource, "select giltig_till from riksnorm where ar = 2025")).isEqualTo("2025-12");
        ProjektetsNormer.andra(normer.resolve("riksnorm/2025.yaml"), "giltig_till: \"2026-03\"", "giltig_till: \"2025-12\"");
    }

    @Test
    @Order(7)
    void enFordelningUtanRiksnormAvvisas() throws IOException {
        Path fil = normer.resolve("kommuner/nykoping/2018.yaml");
        Files.writeString(fil, Files.readString(normer.resolve("kommuner/nykoping/2022.yaml")).replace("ar: 2022", "ar: 2018"));

        Filutfall utfall = fil(loader.lasIn(normer, Anvandare.INLASNING), "norms/kommuner/nykoping/2018.yaml");

        assertThat(utfall.utfall()).isEqualTo(Inlasningsutfall.FEL);
        assertThat(utfall.meddelande()).isEqualTo("Nyköping 2018 kan inte läsas in: riksnormen för 2018 finns inte, "
                + "så fördelningen kan inte kontrolleras");
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning where ar = 2018")).isZero();
    }

    @Test
    @Order(8)
    void enTrasigLagrumsfilLamnarLagenSomDenVar() {
        Regelbok fore = regler.aktuell();
        ProjektetsNormer.andra(normer.resolve("regler/lagrum.yaml"), "paragraf: 12 kap. 8 §", "paragraf: 12 kap. 8 §\n      okand: x");

        Inlasningsrapport rapport = loader.lasIn(normer, Anvandare.INLASNING);

        assertThat(fil(rapport, "norms/regler/lagrum.yaml").utfall()).isEqualTo(Inlasningsutfall.FEL);
        assertThat(regler.aktuell()).as("the law in force stays as it was").isSameAs(fore);
        assertThat(regler.aktuell().regler(YearMonth.of(2025, 8)).lagrum(Lagrum.JOBBSTIMULANS).orElseThrow().varde().lagrum())
                .isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 8 §");
    }

    @Test
    @Order(9)
    void enAndradParagrafGallerFranNastaInlasning() {
        ProjektetsNormer.andra(normer.resolve("regler/lagrum.yaml"), "paragraf: 12 kap. 8 §\n      okand: x", "paragraf: 12 kap. 8 a §");

        Inlasningsrapport rapport = loader.lasIn(normer, Anvandare.INLASNING);

        assertThat(fil(rapport, "norms/regler/lagrum.yaml").utfall()).isEqualTo(Inlasningsutfall.UPPDATERAD);
        assertThat(fil(rapport, "norms/regler/parametrar.yaml").utfall()).isEqualTo(Inlasningsutfall.OFORANDRAD);
        assertThat(regler.aktuell().regler(YearMonth.of(2025, 8)).lagrum(Lagrum.JOBBSTIMULANS).orElseThrow().varde().lagrum())
                .isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 8 a §");
    }

    private static Filutfall fil(Inlasningsrapport rapport, String fil) {
        return rapport.filer().stream().filter(f -> f.fil().equals(fil)).findFirst().orElseThrow();
    }
}
