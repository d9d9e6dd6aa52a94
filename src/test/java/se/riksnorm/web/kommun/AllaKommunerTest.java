package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * Every kommun from the first start (norms/kommuner.yaml, SCB's 290): found by id, kommunkod or name in any case and
 * either Unicode form; each calculates försörjningsstöd with the national amounts before it has a fördelning; Nyköping
 * keeps its tables.
 */
@MicronautTest(transactional = false)
class AllaKommunerTest extends KorandeTjanst {

    @Test
    void allaTvahundranittioKommunerMedNykopingsTabellerSomForut() {
        JsonNode kommuner = http().get("/api/v1/kommuner").json();
        assertThat(kommuner).hasSize(290);
        // Swedish order: Ale first, Övertorneå last; Nyköping with its two decided years, every other kommun with none
        assertThat(kommuner.get(0).get("namn").asText()).isEqualTo("Ale");
        assertThat(kommuner.get(289).get("namn").asText()).isEqualTo("Övertorneå");
        JsonNode nykoping = http().get("/api/v1/kommuner/nykoping").json();
        assertThat(nykoping.get("ar").toString()).isEqualTo("[2022,2023]");
        assertThat(nykoping.get("lan").asText()).isEqualTo("Södermanlands län");
        assertThat(http().get("/api/v1/kommuner/nykoping/fordelningar/2023").json().get("avvikelser")).hasSize(1);
        int medTabeller = 0;
        for (JsonNode kommun : kommuner) {
            medTabeller += kommun.get("ar").isEmpty() ? 0 : 1;
        }
        assertThat(medTabeller).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"Ängelholm, angelholm", "ängelholm, angelholm", "ANGELHOLM, angelholm", "angelholm, angelholm", "1292, angelholm",
            "Håbo, haabo", "HÅBO, haabo", "0305, haabo", "haabo, haabo", "Habo, habo", "habo, habo", "0643, habo",
            "Upplands Väsby, upplands-vasby", "upplands-vasby, upplands-vasby", "Malung-Sälen, malung-salen",
            "Stockholm, stockholm", "0180, stockholm", "Tranås, tranas"})
    void kommunenHittasPaIdKodOchNamn(String sokt, String id) {
        for (String form : new String[] {Normalizer.normalize(sokt, Normalizer.Form.NFC), Normalizer.normalize(sokt, Normalizer.Form.NFD)}) {
            Http.Svar svar = http().get("/api/v1/kommuner/" + URLEncoder.encode(form, StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(svar.status()).as(form + ": " + svar.body()).isEqualTo(200);
            assertThat(svar.json().get("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void stockholmRaknarMedRiksnormen2026FranForstaStarten() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", """
                {"kommun": "0180", "manad": "2026-03",
                 "medlemmar": [{"id": "a", "alder": 40, "roll": "SOKANDE"}, {"id": "b", "alder": 38, "roll": "MAKE_MAKA_SAMBO"},
                               {"id": "c", "fodelsedatum": "2017-06-10", "roll": "BARN"},
                               {"id": "d", "fodelsedatum": "2013-09-01", "roll": "BARN"}],
                 "kostnader": [{"typ": "BOENDE", "belopp": 9000}]}""");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode berakning = svar.json();
        // Riksnorm 2026 (norms/riksnorm/2026.yaml): sammanboende 7 100, 7–10 år 3 820 (8 år on 2026-03-01),
        // 11–14 år 4 390 (12 år), gemensamma 4 personer 2 030: 7 100 + 3 820 + 4 390 + 2 030 = 17 340
        assertThat(berakning.get("summering").get("riksnorm").asLong()).isEqualTo(17_340);
        // + boende 9 000, no income: 26 340
        assertThat(berakning.get("summering").get("forsorjningsstod").asLong()).isEqualTo(26_340);
        assertThat(berakning.get("anmarkningar").findValuesAsText("kod")).contains("FORDELNING_SAKNAS");
        assertThat(berakning.get("anmarkningar").toString()).contains("Stockholm har ingen fördelning av riksnormen för 2026");
        // the service's default choices: the child born 2017-06-10 is 8 on the first of the month (ALDER_FORSTA_DAGEN)
        JsonNode val = http().get("/api/v1/kommuner/stockholm/val").json();
        assertThat(val.get("ursprung").asText()).isEqualTo("STANDARD");
        assertThat(val.get("val").get("aldersbyte").asText()).isEqualTo("ALDER_FORSTA_DAGEN");
    }

    @Test
    void varjeKommunRaknarMenMatnormKraverKommunensBeslut() {
        int raknade = 0;
        for (JsonNode kommun : http().get("/api/v1/kommuner").json()) {
            Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", "{\"kommun\": \""
                    + kommun.get("kod").asText() + "\", \"manad\": \"2024-05\", \"medlemmar\": [{\"alder\": 30, \"roll\": \"SOKANDE\"}]}");
            assertThat(svar.status()).as(kommun + svar.body()).isEqualTo(200);
            raknade++;
        }
        assertThat(raknade).isEqualTo(290);
        Http.Svar matnorm = http().post("/api/v1/berakningar/matnorm", "application/json",
                "{\"kommun\":\"stockholm\",\"manad\":\"2026-03\",\"dagar\":7,\"medlemmar\":[{\"alder\":35,\"roll\":\"SOKANDE\"}]}");
        assertThat(matnorm.status()).isEqualTo(422);
        assertThat(matnorm.json().get("detail").asText()).contains("Stockholm har ingen fördelning av riksnormen för 2026");
    }

    @Test
    void enOkandKommunNamnerInteAllaKanda() {
        Http.Svar svar = http().get("/api/v1/kommuner/gotham");
        assertThat(svar.status()).isEqualTo(404);
        assertThat(svar.json().get("detail").asText()).isEqualTo("Ingen av tjänstens 290 kommuner heter eller har koden 'gotham'. "
                + "En kommun anges med id, kommunkod eller namn, t.ex. stockholm, 0180 eller Stockholm; alla kommuner: GET /api/v1/kommuner.");
    }
}
