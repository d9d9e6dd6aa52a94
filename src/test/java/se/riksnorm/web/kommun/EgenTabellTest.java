package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.Arbetsbok;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Sql;

/**
 * A kommun enters its own table without the repository: Nyköping's 2022 table exported as XLSX and as CSV, edited in
 * three cells as a sakkunnig edits it in Excel, and uploaded as another kommun's 2022 table. The preview shows exactly
 * the findings the edits cause and stores nothing; the upload stores them; the kommun's 2023 proposal from it sums
 * exactly to the national 2023 table.
 *
 * <p>The three edits (Nyköping 2022, norms/kommuner/nykoping/2022.yaml): kläder och skor 1–2 år 570 → 575 and fritid och
 * lek 1–2 år 199 → 194 (the column still sums to the riksnorm's 2 480), förbrukningsvaror 3 personer 247 → 250: the
 * column sums to 250 + 1 203 = 1 453 against the riksnorm's 1 450, one finding of +3 kr.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EgenTabellTest extends KorandeTjanstMedNormer {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SAKKUNNIG_TRANAS = "test-sakkunnig-tranas";

    @Inject
    DataSource dataSource;

    static byte[] redigeradXlsx(Http http) {
        Http.Fil bilaga = http.hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.xlsx");
        assertThat(bilaga.status()).isEqualTo(200);
        return Arbetsbok.andra(bilaga.innehall(), bok -> {
            assertThat(bok.tal("Kläder och skor", "1–2 år")).isEqualTo(570);
            assertThat(bok.tal("Fritid och lek", "1–2 år")).isEqualTo(199);
            assertThat(bok.tal("Förbrukningsvaror i hemmet", "3 personer")).isEqualTo(247);
            bok.satt("Kläder och skor", "1–2 år", 575).satt("Fritid och lek", "1–2 år", 194)
                    .satt("Förbrukningsvaror i hemmet", "3 personer", 250);
        });
    }

    /** The CSV with the same three cells changed, found by their keys; saved as the export wrote it (BOM, ';'). */
    static String redigeradCsv(Http http) {
        String csv = new String(http.hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.csv").innehall(), StandardCharsets.UTF_8);
        return andraCsv(andraCsv(andraCsv(csv, "personliga_kostnader.klader_och_skor.ar_1_2", "570", "575"),
                "personliga_kostnader.fritid_och_lek.ar_1_2", "199", "194"), "gemensamma_kostnader.forbrukningsvaror.3", "247", "250");
    }

    private static String andraCsv(String csv, String cell, String fore, String efter) {
        String[] rader = csv.split("\r?\n", -1);
        int andrade = 0;
        for (int i = 0; i < rader.length; i++) {
            if (rader[i].contains(";" + cell + ";")) {
                assertThat(rader[i]).endsWith(";" + fore);
                rader[i] = rader[i].substring(0, rader[i].length() - fore.length()) + efter;
                andrade++;
            }
        }
        assertThat(andrade).isEqualTo(1);
        return String.join("\r\n", rader);
    }

    @Test
    @Order(1)
    void provningenVisarFyndenOchSpararIngenting() {
        String fore = Databasdump.av(dataSource);
        Http.Svar svar = http().som(SAKKUNNIG_TRANAS).ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2022?provning=true", XLSX,
                redigeradXlsx(http()));
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode inmatning = svar.json();
        assertThat(inmatning.get("lagrad").asBoolean()).isFalse();
        assertThat(inmatning.get("version").isNull()).isTrue();
        assertEnAvvikelse(inmatning.get("tabell"));
        assertThat(inmatning.get("anmarkningar").toString()).contains("nämner Nyköping; tabellen matas in som Tranås.");
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    @Test
    @Order(2)
    void xlsxLagrasSomTranasUtkastMedExaktDeFyndRedigeringarnaGer() {
        Http.Svar svar = http().som(SAKKUNNIG_TRANAS).ladda("PUT", "/api/v1/kommuner/0687/fordelningar/2022", XLSX, redigeradXlsx(http()));
        assertThat(svar.status()).as(svar.body()).isEqualTo(201);
        assertThat(svar.location()).isEqualTo("/api/v1/kommuner/tranas/fordelningar/2022/versioner/1");
        assertThat(svar.json().get("meddelande").asText()).isEqualTo("Tranås 2022 lagrad som utkast, version 1; 1 avvikelse mot riksnormen.");
        JsonNode tabell = http().get("/api/v1/kommuner/tranas/fordelningar/2022").json();
        assertThat(tabell.get("status").asText()).isEqualTo("FORSLAG");
        assertEnAvvikelse(tabell);
        assertThat(Sql.text(dataSource, "select ursprung from fordelning where kommun = 'tranas' and ar = 2022")).isEqualTo("INMATNING");
        assertThat(Sql.text(dataSource, "select anvandare || ' ' || handling from granskning where objekt = 'fördelning tranas 2022'"))
                .isEqualTo("test-sakkunnig-tranas INMATAD");
    }

    @Test
    @Order(3)
    void csvMedKommaEllerSemikolonOchBomLagrasLika() {
        String semikolon = redigeradCsv(http());
        assertThat(semikolon).startsWith("\uFEFFavsnitt;rad;kolumn;cell;varde");
        // the same file as a program writes it without Excel in mind: no BOM, ',' between fields
        Http.Svar komma = http().ladda("PUT", "/api/v1/kommuner/eksjo/fordelningar/2022", "text/csv",
                komma(semikolon.substring(1)).getBytes(StandardCharsets.UTF_8));
        assertThat(komma.status()).as(komma.body()).isEqualTo(201);
        assertEnAvvikelse(komma.json().get("tabell"));
        // as the export (and Swedish Excel) writes it: a BOM, ';' between fields
        Http.Svar svar = http().ladda("PUT", "/api/v1/kommuner/aneby/fordelningar/2022", "text/csv; charset=utf-8",
                semikolon.getBytes(StandardCharsets.UTF_8));
        assertThat(svar.status()).as(svar.body()).isEqualTo(201);
        assertEnAvvikelse(svar.json().get("tabell"));
        // all three stored tables hold the same 106 … cells: compare Eksjö's with Tranås's
        assertThat(Sql.rader(dataSource, "select c.tabell || c.rad || c.kolumn || '=' || c.kronor from fordelning_cell c join fordelning f "
                + "on f.id = c.fordelning_id where f.kommun = 'eksjo' order by 1"))
                .isEqualTo(Sql.rader(dataSource, "select c.tabell || c.rad || c.kolumn || '=' || c.kronor from fordelning_cell c "
                        + "join fordelning f on f.id = c.fordelning_id where f.kommun = 'tranas' order by 1"));
    }

    @Test
    @Order(4)
    void tranasForslag2023SummerarExaktTillRiksnormen2023() {
        // Tranås's own choices, set through the API, govern its proposal: umgängesnorm unchanged, the share rounded down
        Http.Svar val = http().som(SAKKUNNIG_TRANAS).begaran("PUT", "/api/v1/kommuner/tranas/val", "{\"aldersbyte\":\"ALDER_FORSTA_DAGEN\","
                + "\"dagberakning\":\"DAGBELOPP_GANGER_DAGAR\",\"umgangesnorm\":{\"regel\":\"OFORANDRAD\"},\"hemmavarandeUngdom\":\"NEDAT\"}",
                "If-Match", "*");
        assertThat(val.status()).as(val.body()).isEqualTo(200);
        Http.Svar skapat = http().som(SAKKUNNIG_TRANAS).begaran("POST", "/api/v1/kommuner/tranas/forslag", "{\"ar\":2023}");
        assertThat(skapat.status()).as(skapat.body()).isEqualTo(201);
        JsonNode forslag = http().som(SAKKUNNIG_TRANAS).get(skapat.location()).json();
        JsonNode tabell = forslag.get("tabell");
        assertThat(tabell.get("avvikelser")).isEmpty();
        assertThat(forslag.get("umgangesnorm").get("regel").asText()).isEqualTo("föregående års beslutade belopp, oförändrade");
        // Tranås 2022 (Nyköping's row, unchanged): 54, 62, 52, 62, 80, 96, 107, 108 kr per day
        assertThat(tabell.get("umgangesnorm").findValuesAsText("perDag")).containsExactly("54", "62", "52", "62", "80", "96", "107", "108");
        assertThat(tabell.get("hemmavarandeUngdom").get("avrundning").asText()).isEqualTo("NEDAT");
        List<String> kolumner = new ArrayList<>();
        for (String del : List.of("personligaKostnader", "gemensammaKostnader")) {
            for (JsonNode kolumn : tabell.get(del)) {
                assertThat(kolumn.get("summa").asLong()).as(kolumn.toString()).isEqualTo(kolumn.get("riksnorm").asLong());
                kolumner.add(kolumn.get("benamning").asText() + " " + kolumn.get("summa").asLong());
            }
        }
        // the national 2023 table (norms/riksnorm/2023.yaml): 0 år 2 420, 1–2 år 2 700 … ; 1 person 1 130 … 7 personer 2 510;
        // above seven, G7 + (n − 7) × (G7 − G6) = 2 510 + 180 × (n − 7): 8 personer 2 690, 9: 2 870, 10: 3 050
        assertThat(kolumner).containsExactly("0 år 2420", "1–2 år 2700", "3 år 2410", "4–6 år 2700", "7–10 år 3380", "11–14 år 3890",
                "15–18 år 4390", "19–20 år 4430", "Ensamstående 3490", "Sammanboende 6300", "1 person 1130", "2 personer 1250",
                "3 personer 1580", "4 personer 1790", "5 personer 2060", "6 personer 2330", "7 personer 2510", "8 personer 2690",
                "9 personer 2870", "10 personer 3050");
    }

    /** The CSV rewritten field by field with ',' between fields (quotes where a field needs them). */
    static String komma(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get()); StringWriter ut = new StringWriter();
             CSVPrinter skrivare = new CSVPrinter(ut, CSVFormat.RFC4180)) {
            for (CSVRecord post : parser) {
                skrivare.printRecord(post.toList());
            }
            skrivare.flush();
            return ut.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gemensamma kostnader, 3 personer: 250 + 1 203 = 1 453 against the riksnorm 2022's 1 450: +3 kr; nothing else. */
    static void assertEnAvvikelse(JsonNode tabell) {
        JsonNode avvikelser = tabell.get("avvikelser");
        assertThat(avvikelser).hasSize(1);
        JsonNode avvikelse = avvikelser.get(0);
        assertThat(avvikelse.get("regel").asText() + " " + avvikelse.get("tabell").asText() + " " + avvikelse.get("kolumn").asText()
                + " " + avvikelse.get("forvantat").asLong() + " " + avvikelse.get("faktiskt").asLong() + " " + avvikelse.get("differens").asLong())
                .isEqualTo("SUMMA_MOT_RIKSNORM GEMENSAMMA_KOSTNADER 3 personer 1450 1453 3");
    }
}
