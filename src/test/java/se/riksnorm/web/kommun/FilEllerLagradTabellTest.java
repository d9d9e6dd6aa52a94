package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Http;
import se.riksnorm.support.Sql;

/**
 * A table entered through the API is as permanent as one from norms/ (docs/adr/0051): a file of the same kommun and year
 * neither replaces nor hides it, on a reload or a restart; choices set through the API outlive the kommun.yaml; a draft
 * that came from a file is still the file's to replace; a decided entered table exports to norms/, its kommun's folder
 * written with it, and reloads unchanged.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilEllerLagradTabellTest extends EgnaNormer {

    private static final String ADMINISTRATOR = "test-administrator";

    @Inject
    DataSource dataSource;

    private JsonNode lasIn() {
        Http.Svar svar = http().som(ADMINISTRATOR).begaran("POST", "/api/v1/inlasning", "{}");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        return svar.json();
    }

    private static JsonNode fil(JsonNode rapport, String fil) {
        for (JsonNode f : rapport.get("filer")) {
            if (f.get("fil").asText().equals(fil)) {
                return f;
            }
        }
        throw new AssertionError(fil + " saknas i " + rapport);
    }

    /** Nyköping's 2022 file as another kommun's draft file. */
    private void skrivUtkastfil(String kommun, String kod, String namn) throws IOException {
        Path katalog = Files.createDirectories(normer.resolve("kommuner").resolve(kommun));
        Files.writeString(katalog.resolve("kommun.yaml"), "id: " + kommun + "\nkod: \"" + kod + "\"\nnamn: " + namn
                + "\nberakning:\n  aldersbyte: fodelsemanaden\n");
        Files.writeString(katalog.resolve("2022.yaml"), Files.readString(normer.resolve("kommuner/nykoping/2022.yaml"))
                .replace("kommun: nykoping", "kommun: " + kommun).replace("status: beslutad", "status: forslag"));
    }

    @Test
    @Order(1)
    void enFilErsatterInteEnInmatadTabellVidInlasning() throws IOException {
        Http.Svar inmatad = http().som("test-sakkunnig-tranas").ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2022",
                EgenTabellTest.XLSX, EgenTabellTest.redigeradXlsx(http()));
        assertThat(inmatad.status()).as(inmatad.body()).isEqualTo(201);
        skrivUtkastfil("tranas", "0687", "Tranås");

        JsonNode fil = fil(lasIn(), "norms/kommuner/tranas/2022.yaml");
        assertThat(fil.get("utfall").asText()).isEqualTo("VAGRAD");
        assertThat(fil.get("meddelande").asText()).startsWith("Tranås 2022 är inmatad i tjänsten (inmatning) och gäller; filen skiljer sig")
                .contains("exportera den till norms/");
        // the three edited cells are among the differences listed: 575 / 570, 194 / 199, 250 / 247
        assertThat(fil.get("skillnader").toString()).contains("personliga_kostnader.klader_och_skor.ar_1_2")
                .contains("gemensamma_kostnader.forbrukningsvaror.3");
        assertThat(forbrukningsvaror3("tranas")).isEqualTo(250);
        assertThat(http().get("/api/v1/kommuner/tranas/fordelningar/2022").json().get("status").asText()).isEqualTo("FORSLAG");
    }

    @Test
    @Order(2)
    void enOmstartMedSammaFilerVisarDenInmatadeTabellen() {
        Map<String, Object> omstart = new HashMap<>(getProperties());
        omstart.put("micronaut.server.port", -1);
        try (ApplicationContext tjanst = ApplicationContext.run(omstart, "test")) {
            var normbok = tjanst.getBean(Normregister.class).aktuell();
            Kommun tranas = normbok.kommun("tranas").orElseThrow();
            // 247 in the file, 250 entered
            assertThat(normbok.fordelning(tranas, 2022).orElseThrow().gemensamma(3).orElseThrow().get(Behovspost.FORBRUKNINGSVAROR).belopp())
                    .isEqualTo(250);
        }
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning where kommun = 'tranas'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void valSattaGenomApietGallerFramforKommunfilen() {
        Http sakkunnig = http().som("test-sakkunnig-tranas");
        Http.Svar las = sakkunnig.get("/api/v1/kommuner/tranas/val");
        // the kommun.yaml written above set fodelsemanaden at the last load
        assertThat(las.json().get("ursprung").asText()).isEqualTo("FIL");
        assertThat(las.json().get("val").get("aldersbyte").asText()).isEqualTo("FODELSEMANADEN");
        int version = las.json().get("version").asInt();
        Http.Svar satt = sakkunnig.begaran("PUT", "/api/v1/kommuner/tranas/val", "{\"aldersbyte\":\"MANADEN_EFTER_FODELSEMANADEN\","
                + "\"dagberakning\":\"ANDEL_AV_MANADEN\",\"hemmavarandeUngdom\":\"NEDAT\"}", "If-Match", "\"" + version + "\"");
        assertThat(satt.status()).as(satt.body()).isEqualTo(200);

        JsonNode kommunfil = fil(lasIn(), "norms/kommuner/tranas/kommun.yaml");
        assertThat(kommunfil.get("utfall").asText()).isEqualTo("VAGRAD");
        JsonNode val = sakkunnig.get("/api/v1/kommuner/tranas/val").json();
        assertThat(val.get("ursprung").asText()).isEqualTo("API");
        assertThat(val.get("val").get("aldersbyte").asText()).isEqualTo("MANADEN_EFTER_FODELSEMANADEN");
        assertThat(val.get("version").asInt()).isEqualTo(version + 1);
    }

    @Test
    @Order(4)
    void ettUtkastFranEnFilErsattsFortfarandeAvFilen() throws IOException {
        skrivUtkastfil("eksjo", "0686", "Eksjö");
        assertThat(fil(lasIn(), "norms/kommuner/eksjo/2022.yaml").get("utfall").asText()).isEqualTo("NY");
        Path fil = normer.resolve("kommuner/eksjo/2022.yaml");
        Files.writeString(fil, Files.readString(fil).replace("    3: 247", "    3: 248"));
        assertThat(fil(lasIn(), "norms/kommuner/eksjo/2022.yaml").get("utfall").asText()).isEqualTo("UPPDATERAD");
        assertThat(forbrukningsvaror3("eksjo")).isEqualTo(248);
    }

    @Test
    @Order(5)
    void enBeslutadInmatadTabellExporterasTillNormsOchLasesInOforandrad() {
        byte[] csv = EgenTabellTest.redigeradCsv(http()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(http().ladda("PUT", "/api/v1/kommuner/aneby/fordelningar/2022", "text/csv", csv).status()).isEqualTo(201);
        Http.Svar beslut = http().som("test-alla").begaran("POST", "/api/v1/kommuner/aneby/fordelningar/2022/beslut",
                "{\"namnd\":\"Socialnämnden\",\"datum\":\"2021-12-09\",\"paragraf\":\"§ 141\",\"diarienummer\":\"SN 2021/77\"}",
                "If-Match", "\"1\"");
        assertThat(beslut.status()).as(beslut.body()).isEqualTo(201);
        assertThat(beslut.json().get("version").asInt()).isEqualTo(2);
        // the nämnd decided the table with its +3 kr in gemensamma 3 personer: recorded as decided, the finding stays
        EgenTabellTest.assertEnAvvikelse(beslut.json().get("tabell"));

        Http.Svar export = http().begaran("POST", "/api/v1/kommuner/aneby/fordelningar/2022/export", null);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().get("nyaFiler").toString()).isEqualTo("[\"norms/kommuner/aneby/kommun.yaml\"]");
        assertThat(export.json().get("tillagdaKallor").toString()).isEqualTo("[\"aneby-2022-sn-2021-77\"]");
        var filer = new NormFileReader().las(normer);
        assertThat(filer.fel()).isEmpty();
        var aneby = filer.fordelningar().stream().map(NormFile::innehall).filter(f -> f.kommun().id().equals("aneby")).findFirst().orElseThrow();
        assertThat(aneby.gemensamma(3).orElseThrow().summa().belopp()).isEqualTo(1453);
        assertThat(aneby.post(Aldersgrupp.AR_1_2, Behovspost.KLADER_OCH_SKOR).belopp()).isEqualTo(575);
        assertThat(fil(lasIn(), "norms/kommuner/aneby/2022.yaml").get("utfall").asText()).isEqualTo("OFORANDRAD");
        assertThat(FordelningCells.tabell(aneby).egenskaper().get("status")).isEqualTo("BESLUTAD");
    }

    private long forbrukningsvaror3(String kommun) {
        return Sql.tal(dataSource, "select c.kronor from fordelning_cell c join fordelning f on f.id = c.fordelning_id where f.kommun = ? "
                + "and f.version = (select max(version) from fordelning where kommun = ? and ar = 2022) and f.ar = 2022 "
                + "and c.rad = 'forbrukningsvaror' and c.kolumn = '3'", kommun, kommun);
    }
}
