package se.riksnorm.normfiles;

import se.riksnorm.app.normer.NormLoadService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.ProjektetsNormer;

/**
 * The round trip file → database → file: every table of norms/ loaded into the database and exported back
 * through the API is the same table, cell by cell with every source, and loading the exported directory
 * again changes nothing.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NormExportTest extends KorandeTjanstMedNormer {

    @Inject
    NormLoadService loader;


    @Test
    @Order(0)
    void enHandskrivenBeslutadFilSomRedanHallerTabellenLamnasOrord() throws IOException {
        // the hand-written 2023 file carries its provenance in comments ("Behållen som beslutad, med sitt kända fel …")
        for (String fil : new String[] {"kommuner/nykoping/2023.yaml", "riksnorm/2023.yaml"}) {
            String fore = Files.readString(normer.resolve(fil));
            String sokvag = fil.startsWith("riksnorm") ? "/api/v1/riksnormer/2023/export" : "/api/v1/kommuner/nykoping/fordelningar/2023/export";

            Http.Svar svar = http().begaran("POST", sokvag, null, "X-API-Key", "anna.ulf");

            assertThat(svar.status()).as(svar.body()).isEqualTo(200);
            assertThat(svar.json().get("andrad").asBoolean()).as(fil).isFalse();
            assertThat(Files.readString(normer.resolve(fil))).as(fil).isEqualTo(fore).contains("#");
        }
    }

    @Test
    @Order(1)
    void filDatabasFilArForlustfri() throws IOException {
        String kallorFore = Files.readString(normer.resolve("kallor.yaml"));
        for (NormFile<Riksnorm> fil : ProjektetsNormer.las().riksnormer()) {
            int ar = fil.innehall().ar();
            Files.delete(normer.resolve("riksnorm/" + ar + ".yaml"));
            Http.Svar svar = http().begaran("POST", "/api/v1/riksnormer/" + ar + "/export", null, "X-API-Key", "anna.ulf");
            assertThat(svar.status()).as("export " + ar).isEqualTo(200);
            assertThat(svar.json().get("andrad").asBoolean()).isTrue();
            assertThat(svar.json().get("tillagdaKallor")).isEmpty();
        }
        for (int ar : new int[] {2022, 2023}) {
            Files.delete(normer.resolve("kommuner/nykoping/" + ar + ".yaml"));
            assertThat(http().begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/" + ar + "/export", null, "X-API-Key", "anna.ulf")
                    .json().get("fil").asText()).isEqualTo("norms/kommuner/nykoping/" + ar + ".yaml");
        }

        NormFiles tillbaka = new NormFileReader().las(normer);

        assertThat(tillbaka.fel()).isEmpty();
        assertThat(tillbaka.riksnormer()).hasSameSizeAs(ProjektetsNormer.las().riksnormer());
        for (NormFile<Riksnorm> original : ProjektetsNormer.las().riksnormer()) {
            Riksnorm exporterad = tillbaka.riksnormer().stream().map(NormFile::innehall)
                    .filter(r -> r.ar() == original.innehall().ar()).findFirst().orElseThrow();
            assertThat(RiksnormCells.tabell(exporterad)).as(original.fil()).isEqualTo(RiksnormCells.tabell(original.innehall()));
        }
        for (int ar : new int[] {2022, 2023}) {
            var exporterad = tillbaka.fordelningar().stream().map(NormFile::innehall).filter(f -> f.ar() == ar).findFirst().orElseThrow();
            assertThat(FordelningCells.tabell(exporterad)).isEqualTo(FordelningCells.tabell(ProjektetsNormer.nykoping(ar)));
        }
        assertThat(Files.readString(normer.resolve("kallor.yaml"))).isEqualTo(kallorFore);
    }

    @Test
    @Order(2)
    void denExporteradeKatalogenLasesInUtanAndring() {
        Inlasningsrapport rapport = loader.lasIn(normer, Anvandare.INLASNING);

        assertThat(rapport.filer()).hasSize(ProjektetsNormer.antalInlasningsfiler()).allSatisfy(f -> assertThat(f.utfall()).as(f.fil()).isEqualTo(Inlasningsutfall.OFORANDRAD));
    }

    @Test
    @Order(3)
    void enOforandradTabellSkrivsInteOmOchHistorikenVisarExporten() {
        Http.Svar igen = http().begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/2023/export", null, "X-API-Key", "anna.ulf");

        assertThat(igen.json().get("andrad").asBoolean()).isFalse();
        JsonNode historik = http().get("/api/v1/kommuner/nykoping/fordelningar/2023/historik").json();
        assertThat(historik.get("handelser").findValuesAsText("typ")).containsExactly("INLAST_FRAN_FIL", "EXPORTERAD");
        assertThat(historik.get("handelser").get(1).get("motivering").asText()).isEqualTo("Skriven till norms/kommuner/nykoping/2023.yaml");
    }

    @Test
    @Order(4)
    void normfilenVisasForGranskning() throws IOException {
        Http.Svar svar = http().get("/api/v1/kommuner/nykoping/fordelningar/2023/normfil");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.contentType()).startsWith("application/yaml");
        assertThat(svar.body()).isEqualTo(Files.readString(normer.resolve("kommuner/nykoping/2023.yaml")));
        assertThat(http().get("/api/v1/riksnormer/2031/normfil").status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void ettArUtanBeslutadFordelningExporterasInte() {
        Http.Svar svar = http().begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/2025/export", null, "X-API-Key", "anna.ulf");

        assertThat(svar.status()).isEqualTo(409);
        assertThat(svar.json().get("falt").asText()).isEqualTo("ar");
        assertThat(normer.resolve("kommuner/nykoping/2025.yaml")).doesNotExist();
        assertThat(http().anonym().begaran("POST", "/api/v1/riksnormer/2024/export", null).status()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void enFilSomErsatterEnPreliminarTabellSkrivsIHistorikenMedVarjeAndradCell() {
        // the published 2026 table arrives as a file: 0 år 2 750 where the derived proposal said 2 740
        ProjektetsNormer.andra(normer.resolve("riksnorm/2026.yaml"), "ar_0: 2740", "ar_0: {kronor: 2750, kalla: sfs-2020-1013}");

        assertThat(fil(loader.lasIn(normer, Anvandare.INLASNING), "norms/riksnorm/2026.yaml").utfall()).isEqualTo(Inlasningsutfall.UPPDATERAD);

        JsonNode historik = http().get("/api/v1/riksnormer/2026/historik").json();
        assertThat(historik.findValuesAsText("typ")).containsExactly("INLAST_FRAN_FIL", "EXPORTERAD", "INLAST_FRAN_FIL");
        JsonNode ersatt = historik.get(2);
        assertThat(ersatt.get("motivering").asText()).isEqualTo("Ersatt från norms/riksnorm/2026.yaml");
        assertThat(ersatt.get("skillnader").toString()).isEqualTo("[{\"cell\":\"personliga_kostnader.ar_0\","
                + "\"fore\":\"2740 (harledd-2026)\",\"efter\":\"2750 (sfs-2020-1013)\"}]");
    }

    private static Filutfall fil(Inlasningsrapport rapport, String fil) {
        return rapport.filer().stream().filter(f -> f.fil().equals(fil)).findFirst().orElseThrow();
    }
}
