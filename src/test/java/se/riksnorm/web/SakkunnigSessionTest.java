package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Pdf;
import se.riksnorm.support.ProjektetsNormer;

/**
 * The README's sakkunnig session, request for request: propose 2024 from 2023 with 8,7 %, propose and adjust
 * Nyköping's split, confirm the umgängesnorm, download the bilaga; after the nämnd: enter the published
 * table, decide, export to norms/ and reload it unchanged.
 */
@MicronautTest(transactional = false)
class SakkunnigSessionTest extends KorandeTjanstMedNormer {

    /** Each step by the role it belongs to, as in the README's session (there with the demo keys). */
    private Http sakkunnig() {
        return http().som("test-sakkunnig");
    }

    @Test
    void franUppraknadRiksnormTillBilagaOchBeslut() throws Exception {
        // 1. the government has raised the riksnorm by 8,7 %: the national administrator proposes 2024 from 2023
        assertThat(http().som("test-administrator").begaran("POST", "/api/v1/riksnormer/2024/forslag", "{\"procent\":\"8.7\"}").status())
                .isEqualTo(201);
        // 2. propose Nyköping's 2024 split from its 2023 table
        Http.Svar skapat = post("/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}");
        String forslag = skapat.location();
        assertThat(forslag).isEqualTo("/api/v1/forslag/1");
        // 3. read it and compare it with 2023: 5 personer 385 → 426, +41 kr (+10,6 %)
        JsonNode jamforelse = sakkunnig().get(forslag + "/jamforelse").json();
        JsonNode fem = rad(jamforelse, "gemensamma_kostnader.forbrukningsvaror.5");
        assertThat(fem.get("kronor").asLong()).isEqualTo(41);
        assertThat(fem.get("procent").decimalValue()).isEqualByComparingTo("10.6");
        assertThat(jamforelse.get("foreAvvikelser")).hasSize(1);
        assertThat(jamforelse.get("efterAvvikelser")).isEmpty();
        // 4. adjust: 1–2 år kläder 676 → 675, försäkring 88 → 89 (the column still sums to 2 940), on the version read
        String etag = sakkunnig().get(forslag).etag();
        assertThat(etag).isEqualTo("\"forslag-1-r1\"");
        String andring = "{\"motivering\":\"Försäkringspremien 2024 är 89 kr\",\"celler\":["
                + "{\"cell\":\"personliga_kostnader.klader_och_skor.ar_1_2\",\"kronor\":675},"
                + "{\"cell\":\"personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2\",\"kronor\":89}]}";
        assertThat(sakkunnig().begaran("PATCH", forslag, andring).status()).as("without If-Match").isEqualTo(428);
        Http.Svar andrat = sakkunnig().begaran("PATCH", forslag, andring, "If-Match", etag);
        assertThat(andrat.json().get("andrat")).hasSize(2);
        assertThat(andrat.etag()).isEqualTo("\"forslag-1-r2\"");
        // a change made on the version before is refused (412) and changes nothing
        Http.Svar inaktuell = sakkunnig().begaran("PATCH", forslag, andring.replace("675", "600"), "If-Match", etag);
        assertThat(inaktuell.status()).isEqualTo(412);
        assertThat(inaktuell.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:inaktuell-version");
        // 5. confirm the proposed umgängesnorm
        Http.Svar bekraftat = sakkunnig().begaran("POST", forslag + "/umgangesnorm/bekraftelse", "{\"motivering\":\"Regeln godtas\"}",
                "If-Match", andrat.etag());
        assertThat(bekraftat.status()).isEqualTo(200);
        // 6. download the bilaga as PDF for the tjänsteskrivelse
        Http.Fil pdf = sakkunnig().hamtaFil(forslag + "/bilaga.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.contentDisposition()).isEqualTo("attachment; filename=\"bilaga-nykoping-2024-forslag-1.pdf\"");
        String text = Pdf.text(pdf.innehall());
        assertThat(text).contains("UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2024").contains("FÖRSLAG – inte beslutat");
        // 2 240 / 5 = 448; 448 + 3 800 = 4 248
        assertThat(text).contains("t.ex. 2 240 kr / 5 personer = 448 kr; 448 kr + 3 800 kr = 4 248 kr");
        assertThat(Pdf.utanMellanrum(text)).contains(Pdf.utanMellanrum(
                "Barn- och ungdomsförsäkring 106 89 104 88 111 85 96 97 – –"));
        // the same data for Excel and as CSV, and the comparison as a document
        Http.Fil xlsx = sakkunnig().hamtaFil(forslag + "/bilaga.xlsx");
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx.innehall()))) {
            assertThat(bok.getSheet("Underlag 2024")).isNotNull();
        }
        assertThat(new String(sakkunnig().hamtaFil(forslag + "/bilaga.csv").innehall(), StandardCharsets.UTF_8))
                .contains("Gemensamma hushållskostnader;Förbrukningsvaror i hemmet;5 personer;gemensamma_kostnader.forbrukningsvaror.5;426");
        Http.Fil jamforelsePdf = sakkunnig().hamtaFil(forslag + "/jamforelse.pdf");
        assertThat(jamforelsePdf.contentType()).isEqualTo("application/pdf");
        assertThat(jamforelsePdf.contentDisposition()).isEqualTo("attachment; filename=\"jamforelse-nykoping-2023-2024-forslag-1.pdf\"");
        assertThat(sakkunnig().get(forslag + "/bilaga.html").contentType()).startsWith("text/html");
        assertThat(sakkunnig().get(forslag + "/bilaga.doc").json().get("falt").asText()).isEqualTo("format");

        // after the nämnd: the published table is entered, the proposal decided, the decision exported to norms/
        assertThat(http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2024",
                Files.readString(Path.of("src/test/resources/fall/riksnorm-2024.json"))).json().get("skillnader")).isEmpty();
        Http beslutsfattare = http().som("test-beslutsfattare");
        Http.Svar beslut = beslutsfattare.begaran("POST", forslag + "/beslut", "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\","
                + "\"paragraf\":\"§ 112\",\"diarienummer\":\"SN23/41\",\"tjansteskrivelse\":\"2023-11-20\"}", "If-Match",
                beslutsfattare.get(forslag).etag());
        assertThat(beslut.status()).isEqualTo(201);
        assertThat(http().som("test-administrator").begaran("POST", "/api/v1/riksnormer/2024/export", null).json().get("tillagdaKallor")
                .toString()).isEqualTo("[\"regeringen-2024\"]");
        assertThat(post("/api/v1/kommuner/nykoping/fordelningar/2024/export", null).json().get("tillagdaKallor").toString())
                .isEqualTo("[\"nykoping-2024-sn23-41\"]");
        assertThat(Files.readString(normer.resolve("kommuner/nykoping/2024.yaml"))).contains("    ar_1_2: 89              # 1–2 år\n");
        assertThat(Files.readString(normer.resolve("kallor.yaml")))
                .startsWith(Files.readString(ProjektetsNormer.KATALOG.resolve("kallor.yaml")))
                .contains("  nykoping-2024-sn23-41:\n    titel: \"Nyköping, Socialnämnden 2023-12-07 § 112, Dnr SN23/41: fördelning av "
                        + "riksnormen 2024\"\n    tillforlitlighet: officiell\n");
        assertThat(new NormFileReader().las(normer).fel()).isEmpty();
        JsonNode inlasning = http().som("test-administrator").begaran("POST", "/api/v1/inlasning", "{}").json();
        // every file of norms/ and the exported 2024 riksnorm (its fördelning is in the kommun's folder too)
        assertThat(inlasning.get("sammanfattning").get("OFORANDRAD").asInt()).isEqualTo(ProjektetsNormer.antalInlasningsfiler() + 1);
        assertThat(inlasning.get("sammanfattning").get("NY").asInt()).isZero();
        Http.Fil beslutad = sakkunnig().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2024/bilaga.pdf");
        assertThat(Pdf.text(beslutad.innehall())).contains("Beslutad: Socialnämnden 2023-12-07 § 112, Dnr SN23/41 (version 1)");
    }

    private Http.Svar post(String sokvag, String json) {
        return sakkunnig().begaran("POST", sokvag, json);
    }

    private static JsonNode rad(JsonNode jamforelse, String cell) {
        for (JsonNode rad : jamforelse.get("rader")) {
            if (rad.get("cell").asText().equals(cell)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad " + cell);
    }
}
