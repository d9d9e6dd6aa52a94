package se.riksnorm.web.handlingar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Pdf;
import se.riksnorm.web.budget.BudgetpaverkanApiTest;

/**
 * The tjänsteskrivelse drafted from a proposal, opened and read: 2024 from Nyköping's 2023 at 8,7 % with one change and
 * its reason, and the caseload of {@link BudgetpaverkanApiTest} (its figures by hand there: 23 190 → 24 850 kr per month;
 * the proposal's columns sum to the national 2024 amounts, so the proposal gives what the riksnorm gives).
 */
@MicronautTest(transactional = false)
class TjansteskrivelseTest extends KorandeTjanstMedNormer {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Http sakkunnig() {
        return http().som("test-sakkunnig");
    }

    private String forslag(int ar, int fran) {
        return sakkunnig().post("/api/v1/kommuner/nykoping/forslag", "application/json", "{\"ar\":" + ar + ",\"fran\":" + fran + "}").location();
    }

    private byte[] posta(String sokvag, String csv) throws Exception {
        HttpResponse<byte[]> svar = java.net.http.HttpClient.newHttpClient().send(sakkunnig().ny(sokvag)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(svar.statusCode()).as(new String(svar.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        return svar.body();
    }

    @Test
    void tjansteskrivelsen2024MedBudgetpaverkanOchDiagram() throws Exception {
        assertThat(http().som("test-administrator").post("/api/v1/riksnormer/2024/forslag", "application/json", "{\"procent\":\"8.7\"}").status()).isEqualTo(201);
        String forslag = forslag(2024, 2023);
        assertThat(sakkunnig().begaran("PATCH", forslag, "{\"motivering\":\"Försäkringspremien 2024 är 89 kr\",\"celler\":["
                + "{\"cell\":\"personliga_kostnader.klader_och_skor.ar_1_2\",\"kronor\":675},"
                + "{\"cell\":\"personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2\",\"kronor\":89}]}",
                "If-Match", sakkunnig().get(forslag).etag()).status()).isEqualTo(200);

        byte[] docx = posta(forslag + "/tjansteskrivelse.docx?dnr=SN23/41&datum=2023-11-20&per=2023-11", BudgetpaverkanApiTest.UNDERLAG);
        try (XWPFDocument dok = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(dok).getText();
            // the head and the matter
            assertThat(text).contains("NYKÖPINGS KOMMUN").contains("TJÄNSTESKRIVELSE").contains("Dnr: SN23/41")
                    .contains("Datum: 2023-11-20").contains("Fördelning av riksnormen för försörjningsstöd 2024");
            // the law in force in 2024 (norms/regler/lagrum.yaml): the old SoL the whole year
            assertThat(text).contains("Under 2024 gäller Socialtjänstlagen (2001:453) 4 kap. 1 och 3 §§")
                    .contains("Socialtjänstförordningen (2001:937) 2 kap. 1 §");
            // the government's percentage from the 2024 riksnorm; its date is not in the data: a placeholder, not invented
            assertThat(text).contains("Regeringen beslutade [datum för regeringens beslut] att riksnormens belopp för 2024 räknas upp med 8,7 %");
            // the kommun's choice: the kept 2023 split (SN22/37) and each change with its reason, from the history
            assertThat(text).contains("utgår från den som gäller för 2023 (Socialnämnden 2022-12-08, Dnr SN22/37)")
                    .contains("Kläder och skor, 1–2 år: 676 → 675 kr. Skäl: Försäkringspremien 2024 är 89 kr")
                    .contains("Barn- och ungdomsförsäkring, 1–2 år: 88 → 89 kr");
            // findings: the 2023 table's 5-person column, corrected by the proposal; the preliminary riksnorm
            assertThat(text).contains("Tabellen för 2023: Gemensamma hushållskostnader, 5 personer: 2 026 kr men förväntat 2 060 kr")
                    .contains("Förslaget för 2024 har inte den avvikelsen").contains("Före beslut: Riksnormen för 2024 är preliminär");
            // the budget impact, with its table: 23 190 → 24 850 per month, +1 660; per year 278 280 → 298 200, +19 920
            assertThat(text).contains("försörjningsstödet från 23 190 kr till 24 850 kr per månad, 1 660 kr per månad eller 19 920 kr per år");
            assertThat(text).contains("2 hushåll får mer, 1 lika mycket och 0 mindre");
            assertThat(text).contains("Försörjningsstöd per månad\t23 190\t24 850\t+1 660\t+7,2 %");
            assertThat(text).contains("Försörjningsstöd per år\t278 280\t298 200\t+19 920");
            assertThat(text).contains("Sammanboende med 2 barn\t1\t16 070\t17 320\t+1 250\t+15 000");
            // the decision proposed, the bilagor; the placeholders marked
            assertThat(text).contains("1)\tatt fastställa Nyköpings fördelning av riksnormen för försörjningsstöd 2024 enligt bilaga 2 "
                    + "till tjänsteskrivelsen daterad 2023-11-20.");
            assertThat(text).contains("Budgetpåverkan över kommunens hushåll med försörjningsstöd (Excel)");
            List<XWPFRun> markerade = dok.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "yellow".equals(String.valueOf(r.getTextHightlightColor()))).toList();
            assertThat(markerade.stream().map(XWPFRun::text).toList())
                    .anyMatch(t -> t.startsWith("[Barnrättsprövning:")).contains("[Namn]", "[Titel]", "[datum för regeringens beslut]");
            // the chart: one PNG picture
            List<XWPFPictureData> bilder = dok.getAllPictures();
            assertThat(bilder).hasSize(1);
            assertThat(bilder.get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(bilder.get(0).getData())).getWidth()).isEqualTo(1210);
        }

        // the same as PDF (PDF/A, the same text) and the protokollsförslag
        String pdf = Pdf.text(posta(forslag + "/tjansteskrivelse.pdf?dnr=SN23/41&datum=2023-11-20&per=2023-11", BudgetpaverkanApiTest.UNDERLAG));
        assertThat(pdf).contains("TJÄNSTESKRIVELSE").contains("räknas upp med 8,7 %").contains("[Barnrättsprövning:");
        assertThat(Pdf.utanMellanrum(pdf)).contains(Pdf.utanMellanrum("Försörjningsstöd per månad 23 190 24 850 +1 660 +7,2 %"));
        Http.Fil protokoll = sakkunnig().hamtaFil(forslag + "/protokollsforslag.docx?sammantrade=2023-12-07");
        assertThat(protokoll.contentType()).isEqualTo(DOCX);
        assertThat(protokoll.contentDisposition()).isEqualTo("attachment; filename=\"protokollsforslag-nykoping-2024-forslag-1.docx\"");
        try (XWPFDocument dok = new XWPFDocument(new ByteArrayInputStream(protokoll.innehall()))) {
            String text = new XWPFWordExtractor(dok).getText();
            assertThat(text).contains("PROTOKOLLSFÖRSLAG").contains("Sammanträde: 2023-12-07").contains("Paragraf: [§ nr]")
                    .contains("Dnr: [diarienummer]").contains("Socialnämnden beslutar");
        }
    }

    @Test
    void seedensAr2023MedRegeringensDatumOchLagenSomGallerAret() throws Exception {
        // 2023 from 2022, as SN22/37: the government's decision of 2022-11-03 at 8,6 % (the date given, the percentage from data)
        String forslag = forslag(2023, 2022);
        try (XWPFDocument dok = new XWPFDocument(new ByteArrayInputStream(
                sakkunnig().hamtaFil(forslag + "/tjansteskrivelse.docx?regeringensBeslut=2022-11-03").innehall()))) {
            String text = new XWPFWordExtractor(dok).getText();
            assertThat(text).contains("Regeringen beslutade den 2022-11-03 att riksnormens belopp för 2023 räknas upp med 8,6 % jämfört med 2022.");
            assertThat(text).contains("Inga poster har ändrats utöver det.");
            assertThat(text).contains("[Ekonomiska konsekvenser:");
            assertThat(dok.getAllPictures()).isEmpty();
        }
        // 2025: the old law until June, the new from July; 2026: SoL 2025:400 12 kap. 1 och 7 §§ the whole year
        String text2025 = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                sakkunnig().hamtaFil(forslag(2025, 2023) + "/tjansteskrivelse.docx").innehall()))).getText();
        assertThat(text2025).contains("Under 2025 gäller Socialtjänstlagen (2001:453) 4 kap. 1 och 3 §§")
                .contains("Från juli 2025 gäller Socialtjänstlagen (2025:400) 12 kap. 1 och 7 §§");
        String text2026 = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                sakkunnig().hamtaFil(forslag(2026, 2023) + "/tjansteskrivelse.docx").innehall()))).getText();
        assertThat(text2026).contains("Under 2026 gäller Socialtjänstlagen (2025:400) 12 kap. 1 och 7 §§")
                .contains("räknas upp med 0,7 %");
        assertThat(sakkunnig().get(forslag + "/tjansteskrivelse.odt").json().get("falt").asText()).isEqualTo("format");
        assertThat(sakkunnig().get("/api/v1/forslag/999/tjansteskrivelse.docx").status()).isEqualTo(404);
    }

    @Test
    void enAnnanKommunsNyckelFarInteNykopingsHandlingar() throws Exception {
        String forslag = forslag(2023, 2022);
        // Tranås's sakkunnig and beslutsfattare: every paper on Nyköping's proposal refused, with and without a caseload
        for (String nyckel : new String[] {"test-sakkunnig-tranas", "test-beslutsfattare-tranas"}) {
            Http tranas = http().som(nyckel);
            for (String handling : new String[] {"/tjansteskrivelse.docx", "/tjansteskrivelse.pdf", "/protokollsforslag.html"}) {
                for (Http.Svar svar : List.of(tranas.get(forslag + handling),
                        tranas.post(forslag + handling + "?per=2023-11", "text/csv", BudgetpaverkanApiTest.UNDERLAG))) {
                    assertThat(svar.status()).as(nyckel + " " + handling + " " + svar.body()).isEqualTo(403);
                    assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:saknar-behorighet");
                    assertThat(svar.json().get("detail").asText()).contains("inte för Nyköping (0480)");
                }
            }
        }
        // Nyköping's own beslutsfattare reads them
        assertThat(http().som("test-beslutsfattare").hamtaFil(forslag + "/tjansteskrivelse.docx").status()).isEqualTo(200);
    }
}
