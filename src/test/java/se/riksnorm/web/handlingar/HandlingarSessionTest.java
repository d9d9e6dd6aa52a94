package se.riksnorm.web.handlingar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Pdf;

/**
 * docs/handlingar.md's session, request for request, with the figures it prints: the template's three
 * households (GET …/mall.csv) under Nyköping's decided 2023 and its 2024 proposal at 8,7 %, per 2023-11, January.
 * <pre>
 * H-1001 one adult, 33:  2023 3 490 + 1 130 + 6 500 + 300 − 4 000 = 7 420;  2024 3 800 + 1 230 + 6 800 − 4 000 = 7 830
 * H-1002 couple, a child of 8 and one of 4 every other week (15 days; round(2 700 × 12 / 365) = 89 × 15 = 1 335,
 *        2024 round(2 940 × 12 / 365) = 97 × 15 = 1 455), 4 persons, boende 8 900, lön 6 000 − 25 % = 4 500, barnbidrag 2 500:
 *        2023 6 300 + 3 380 + 1 335 + 1 790 + 8 900 − 7 000 = 14 705;  2024 6 850 + 3 680 + 1 455 + 1 950 + 8 900 − 7 000 = 15 835
 * H-1003 one adult and a child of 1 (no ej-lunch amounts in 2023/2024): 2023 3 490 + 2 700 + 1 250 + 5 400 − 1 250 = 11 590;
 *        2024 3 800 + 2 940 + 1 360 + 5 400 − 1 250 = 12 250
 * totals 33 715 → 35 915 per month (+2 200, +6,5 %: 2 200 / 33 715 = 6,53 %), per year 404 580 → 430 980 (+26 400)
 * </pre>
 */
@MicronautTest(transactional = false)
class HandlingarSessionTest extends KorandeTjanstMedNormer {

    private Http sakkunnig() {
        return http().som("test-sakkunnig");
    }

    private byte[] postaCsv(String sokvag, byte[] csv) throws Exception {
        HttpResponse<byte[]> svar = HttpClient.newHttpClient().send(sakkunnig().ny(sokvag).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).as(new String(svar.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return svar.body();
    }

    @Test
    void papperenFor2024Ur2023Med87Procent() throws Exception {
        // 1. the riksnorm 2024 from 2023 + 8,7 %, and Nyköping's 2024 proposal from its 2023 table
        assertThat(http().som("test-administrator").post("/api/v1/riksnormer/2024/forslag", "application/json", "{\"procent\":\"8.7\"}").status()).isEqualTo(201);
        assertThat(sakkunnig().post("/api/v1/kommuner/nykoping/forslag", "application/json", "{\"ar\":2024}").location())
                .isEqualTo("/api/v1/forslag/1");
        // 2. the caseload: here the template's three households
        byte[] hushall = sakkunnig().hamtaFil("/api/v1/budgetpaverkan/mall.csv").innehall();
        // 3. what the proposal costs over it
        JsonNode b = new Http.Svar(200, "application/json", new String(postaCsv(
                "/api/v1/kommuner/nykoping/budgetpaverkan?fore=2023&efter=2024:forslag-1&per=2023-11", hushall),
                StandardCharsets.UTF_8), null).json();
        assertThat(b.at("/forsorjningsstod/fore/perManad").asLong()).isEqualTo(33_715);
        assertThat(b.at("/forsorjningsstod/efter/perManad").asLong()).isEqualTo(35_915);
        assertThat(b.at("/forsorjningsstod/skillnad/perManad").asLong()).isEqualTo(2_200);
        assertThat(b.at("/forsorjningsstod/skillnad/perAr").asLong()).isEqualTo(26_400);
        assertThat(b.at("/forsorjningsstod/procent").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(b.get("storstaAndringar").get(0).get("hushall").asText()).isEqualTo("H-1002");
        assertThat(b.get("storstaAndringar").get(0).get("skillnad").asLong()).isEqualTo(1_130);
        // the same as Excel and as the chart
        byte[] xlsx = postaCsv("/api/v1/kommuner/nykoping/budgetpaverkan.xlsx?fore=2023&efter=2024:forslag-1&per=2023-11", hushall);
        try (var bok = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(bok.getSheetAt(0).getSheetName()).isEqualTo("Budgetpåverkan");
        }
        byte[] png = postaCsv("/api/v1/kommuner/nykoping/budgetpaverkan.png?fore=2023&efter=2024:forslag-1&per=2023-11", hushall);
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isEqualTo(680);
        // 4. the tjänsteskrivelse with the budget impact, as DOCX and PDF; the protokollsförslag
        byte[] docx = postaCsv("/api/v1/forslag/1/tjansteskrivelse.docx?per=2023-11&dnr=SN23/41", hushall);
        try (XWPFDocument dok = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(dok).getText())
                    .contains("räknas upp med 8,7 %")
                    .contains("försörjningsstödet från 33 715 kr till 35 915 kr per månad, 2 200 kr per månad eller 26 400 kr per år (6,5 %)");
        }
        assertThat(Pdf.text(postaCsv("/api/v1/forslag/1/tjansteskrivelse.pdf?per=2023-11&dnr=SN23/41", hushall)))
                .contains("TJÄNSTESKRIVELSE");
        assertThat(sakkunnig().hamtaFil("/api/v1/forslag/1/protokollsforslag.docx?dnr=SN23/41").status()).isEqualTo(200);
    }
}
