package se.riksnorm.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;

/**
 * A caseload of a few households under two versions, every figure by hand: Nyköping's decided 2023 table against the
 * national 2024 amounts (riksnorm 2023 and 2024 from docs/kallor.md; Nyköping's 2023 columns sum to the
 * national amounts, and where the 5-person column does not, a calculation uses the riksnorm). January of each year;
 * ages per 2023-11 (ålder den första dagen, Nyköping's choice).
 */
@MicronautTest(transactional = false)
public class BudgetpaverkanApiTest extends KorandeTjanstMedNormer {

    static final String RUBRIK = "hushall;roll;fodelsedatum;alder;boende;lon;jobbstimulans;barnbidrag;sjukpenning\n";
    /**
     * H-1 (row 2): one adult, 33: 2023 3 490 + 1 130 + boende 6 500 − sjukpenning 4 000 = 7 120;
     *              2024 3 800 + 1 230 + 6 500 − 4 000 = 7 530; +410.
     * H-2 (rows 3–6): a couple, a child of 8 (7–10 år) and of 4 (4–6 år), boende 8 900, barnbidrag 2 500, lön 6 000 with
     *              jobbstimulans (25 % = 1 500 not counted: 4 500 counted):
     *              2023 6 300 + 3 380 + 2 700 + 1 790 (4 pers) + 8 900 − 4 500 − 2 500 = 16 070;
     *              2024 6 850 + 3 680 + 2 940 + 1 950 + 8 900 − 7 000 = 17 320; +1 250.
     * H-3 (row 7): one adult, lön 9 000, boende 3 000: 3 490 + 1 130 + 3 000 = 7 620 < 9 000 → 0; 2024 8 030 < 9 000 → 0; ±0.
     * H-4 (rows 8–9): the child's role is not a role → not counted, row 9 named.
     * H-5 (row 10): two fields where the header has nine → not counted, row 10 named.
     */
    public static final String UNDERLAG = RUBRIK
            + "H-1;SOKANDE;1990-05-14;;6500;;;;4000\n"
            + "H-2;SOKANDE;1984-02-02;;8900;6000;ja;2500;\n"
            + "H-2;MAKE_MAKA_SAMBO;1986-11-30;;;;;;\n"
            + "H-2;BARN;2015-06-10;;;;;;\n"
            + "H-2;BARN;;4;;;;;\n"
            + "H-3;SOKANDE;;40;3000;9000;nej;;\n"
            + "H-4;SOKANDE;;30;5000;;;;\n"
            + "H-4;BARNET;;5;;;;;\n"
            + "H-5;SOKANDE\n";

    private Http sakkunnig() {
        return http().som("test-sakkunnig");
    }

    private Http.Svar skicka(String fraga, String mediatyp, String underlag) {
        return sakkunnig().post("/api/v1/kommuner/nykoping/budgetpaverkan" + fraga, mediatyp, underlag);
    }

    @Test
    void varjeHushallOchSummornaRaknadeForHand() {
        Http.Svar svar = skicka("?fore=2023&efter=2024:riksnorm&per=2023-11", "text/csv", UNDERLAG);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode b = svar.json();
        assertThat(b.at("/underlag/beraknade").asLong()).isEqualTo(3);
        assertThat(b.at("/underlag/felaktiga").asLong()).isEqualTo(2);
        // 7 120 + 16 070 + 0 = 23 190; 7 530 + 17 320 + 0 = 24 850; +1 660 (+7,2 %: 1 660 / 23 190 = 7,158 %)
        assertThat(b.at("/forsorjningsstod/fore/perManad").asLong()).isEqualTo(23_190);
        assertThat(b.at("/forsorjningsstod/efter/perManad").asLong()).isEqualTo(24_850);
        assertThat(b.at("/forsorjningsstod/skillnad/perManad").asLong()).isEqualTo(1_660);
        assertThat(b.at("/forsorjningsstod/fore/perAr").asLong()).isEqualTo(278_280);
        assertThat(b.at("/forsorjningsstod/skillnad/perAr").asLong()).isEqualTo(19_920);
        assertThat(b.at("/forsorjningsstod/procent").decimalValue()).isEqualByComparingTo("7.2");
        // the riksnorm part: 4 620 + 14 170 + 4 620 = 23 410; 5 030 + 15 420 + 5 030 = 25 480
        assertThat(b.at("/riksnorm/fore/perManad").asLong()).isEqualTo(23_410);
        assertThat(b.at("/riksnorm/efter/perManad").asLong()).isEqualTo(25_480);
        assertThat(b.at("/hushallen/fler").asLong()).isEqualTo(2);
        assertThat(b.at("/hushallen/samma").asLong()).isEqualTo(1);
        assertThat(b.at("/hushallen/farre").asLong()).isEqualTo(0);
        // by type: two single adults (7 120 + 0 → 7 530 + 0), one couple with two children
        JsonNode typer = b.get("perHushallstyp");
        assertThat(typer).hasSize(2);
        assertThat(typer.get(0).get("typ").asText()).isEqualTo("ENSAMSTAENDE_UTAN_BARN");
        assertThat(typer.get(0).get("hushall").asLong()).isEqualTo(2);
        assertThat(typer.get(0).at("/forsorjningsstod/skillnad/perManad").asLong()).isEqualTo(410);
        assertThat(typer.get(1).get("typ").asText()).isEqualTo("SAMMANBOENDE_2_BARN");
        assertThat(typer.get(1).at("/forsorjningsstod/efter/perManad").asLong()).isEqualTo(17_320);
        // each household's difference, the largest first; H-3's is 0 and not listed
        JsonNode storsta = b.get("storstaAndringar");
        assertThat(storsta).hasSize(2);
        assertThat(storsta.get(0).get("hushall").asText()).isEqualTo("H-2");
        assertThat(storsta.get(0).get("skillnad").asLong()).isEqualTo(1_250);
        assertThat(storsta.get(0).get("fore").asLong()).isEqualTo(16_070);
        assertThat(storsta.get(1).get("hushall").asText()).isEqualTo("H-1");
        assertThat(storsta.get(1).get("skillnad").asLong()).isEqualTo(410);
        // the rows not counted, by number
        assertThat(b.get("fel").get(0).get("rad").asLong()).isEqualTo(8);
        assertThat(b.get("fel").get(0).get("meddelande").asText()).contains("Rad 9").contains("BARNET");
        assertThat(b.get("fel").get(1).get("rad").asLong()).isEqualTo(10);
        assertThat(b.get("fel").get(1).get("meddelande").asText()).contains("Raden 10 har 2 fält men rubriken 9");
    }

    @Test
    void ettFelaktigtUnderlagAvvisasHelt() {
        Http.Svar tomt = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", "");
        assertThat(tomt.status()).isEqualTo(400);
        assertThat(tomt.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:ogiltigt-underlag");
        assertThat(tomt.json().get("detail").asText()).contains("tomt");
        Http.Svar bararubrik = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", RUBRIK);
        assertThat(bararubrik.json().get("detail").asText()).contains("inga hushåll");
        Http.Svar komma = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", "hushall,roll,alder\nH-1,SOKANDE,30\n");
        assertThat(komma.status()).isEqualTo(400);
        assertThat(komma.json().get("falt").asText()).isEqualTo("avgransare");
        assertThat(komma.json().get("detail").asText()).contains("semikolon");
        Http.Svar okand = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", "hushall;roll;alder;hyra\nH-1;SOKANDE;30;5000\n");
        assertThat(okand.status()).isEqualTo(400);
        assertThat(okand.json().get("detail").asText()).contains("Okänd kolumn 'hyra'");
        Http.Svar pnr = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", "hushall;roll;personnummer\nH-1;SOKANDE;19900514-1234\n");
        assertThat(pnr.status()).isEqualTo(400);
        assertThat(pnr.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:personnummer-behovs-inte");
        Http.Svar pnrSomId = skicka("?fore=2023&efter=2024:riksnorm", "text/csv", "hushall;roll;alder\n19900514-1234;SOKANDE;33\n");
        assertThat(pnrSomId.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:personnummer-behovs-inte");
        Http.Svar ingenVersion = skicka("?fore=2031&efter=2024:riksnorm", "text/csv", UNDERLAG);
        assertThat(ingenVersion.status()).isEqualTo(409);
        Http.Svar utanNorm = skicka("?fore=2031:riksnorm&efter=2024:riksnorm", "text/csv", UNDERLAG);
        assertThat(utanNorm.status()).isEqualTo(422);
        assertThat(utanNorm.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:norm-saknas");
        Http.Svar felVersion = skicka("?fore=tjugotre&efter=2024:riksnorm", "text/csv", UNDERLAG);
        assertThat(felVersion.status()).isEqualTo(400);
        assertThat(felVersion.json().get("falt").asText()).isEqualTo("fore");
    }

    @Test
    void ndjsonIBatchensFormat() {
        String rader = "{\"kommun\":\"nykoping\",\"manad\":\"2023-11\",\"medlemmar\":[{\"fodelsedatum\":\"1990-05-14\",\"roll\":\"SOKANDE\"}],"
                + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":6500}],\"inkomster\":[{\"typ\":\"SJUKPENNING\",\"belopp\":4000}]}\n"
                + "{\"kommun\":\"tranas\",\"manad\":\"2023-11\",\"medlemmar\":[{\"alder\":30,\"roll\":\"SOKANDE\"}]}\n"
                + "inte json\n";
        Http.Svar svar = skicka("?fore=2023&efter=2024:riksnorm", "application/x-ndjson", rader);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        // as H-1 above: 7 120 → 7 530
        assertThat(svar.json().at("/forsorjningsstod/fore/perManad").asLong()).isEqualTo(7_120);
        assertThat(svar.json().at("/forsorjningsstod/efter/perManad").asLong()).isEqualTo(7_530);
        assertThat(svar.json().at("/underlag/felaktiga").asLong()).isEqualTo(2);
        assertThat(svar.json().get("fel").get(0).get("hushall").asText()).isEqualTo("rad 2");
    }

    @Test
    void mallenKanSkickasSomDenAr() {
        Http.Fil mall = sakkunnig().hamtaFil("/api/v1/budgetpaverkan/mall.csv");
        assertThat(mall.status()).isEqualTo(200);
        String text = new String(mall.innehall(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFhushall;roll;fodelsedatum;alder");
        Http.Svar svar = skicka("?fore=2023&efter=2024:riksnorm&per=2023-11", "text/csv", text);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().at("/underlag/beraknade").asLong()).isEqualTo(3);
        assertThat(svar.json().at("/underlag/felaktiga").asLong()).isEqualTo(0);
    }

    @Test
    void enAnnanKommunsNyckelFarInteNykopingsHushall() {
        // Tranås's sakkunnig and beslutsfattare act for Tranås only: Nyköping's caseload and its proposals are refused before
        // the upload is read, as JSON, workbook and chart alike
        for (String nyckel : new String[] {"test-sakkunnig-tranas", "test-beslutsfattare-tranas"}) {
            for (String sokvag : new String[] {"budgetpaverkan", "budgetpaverkan.xlsx", "budgetpaverkan.png"}) {
                Http.Svar svar = http().som(nyckel).post("/api/v1/kommuner/nykoping/" + sokvag + "?fore=2023&efter=2024:riksnorm&per=2023-11",
                        "text/csv", UNDERLAG);
                assertThat(svar.status()).as(nyckel + " " + sokvag + " " + svar.body()).isEqualTo(403);
                assertThat(svar.arProblem()).isTrue();
                assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:saknar-behorighet");
                assertThat(svar.json().get("falt").asText()).isEqualTo("kommun");
                assertThat(svar.json().get("detail").asText()).contains("inte för Nyköping (0480)");
            }
        }
        // the same key on its own kommun is answered: H-1 under the national amounts alone, 7 120 → 7 530 as above
        // (3 490 + 1 130 + 6 500 − 4 000 = 7 120; 3 800 + 1 230 + 6 500 − 4 000 = 7 530)
        Http.Svar egen = http().som("test-sakkunnig-tranas").post("/api/v1/kommuner/tranas/budgetpaverkan?fore=2023:riksnorm"
                + "&efter=2024:riksnorm&per=2023-11", "text/csv", RUBRIK + "H-1;SOKANDE;1990-05-14;;6500;;;;4000\n");
        assertThat(egen.status()).as(egen.body()).isEqualTo(200);
        assertThat(egen.json().at("/forsorjningsstod/fore/perManad").asLong()).isEqualTo(7_120);
        assertThat(egen.json().at("/forsorjningsstod/efter/perManad").asLong()).isEqualTo(7_530);
    }
}
