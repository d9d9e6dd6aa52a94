package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * A batch larger than the 10 MB a buffered body may have: the batch streams its body, so a whole caseload goes in
 * one request (max-request-size), while other bodies stay limited (max-request-buffer-size).
 */
@MicronautTest(transactional = false)
class StorBatchApiTest extends KorandeTjanst {

    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"id\":\"sökande\","
            + "\"fodelsedatum\":\"1979-07-19\",\"roll\":\"SOKANDE\"}],\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":6200}]}\n";
    private static final int ELVA_MB = 11 * 1024 * 1024;

    @Test
    void enBatchOverTioMbBeraknasHel() {
        int antal = ELVA_MB / HUSHALL.length() + 1;
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod/batch?detalj=summering", "application/x-ndjson",
                HUSHALL.repeat(antal));

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.body().lines()).hasSize(antal).allSatisfy(rad -> assertThat(rad).contains("\"forsorjningsstod\":"));
    }

    @Test
    void enVanligBegaranOverGransenAvvisasMenDenStorstaGiltigaRaknas() {
        // the largest household the limits allow: 120 costs and 120 incomes, each with a 200-character description
        StringBuilder storst = new StringBuilder("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":"
                + "[{\"fodelsedatum\":\"1979-07-19\",\"roll\":\"SOKANDE\"}],\"kostnader\":[");
        String beskrivning = "\\u00e5".repeat(200);
        for (int i = 0; i < 120; i++) {
            storst.append(i == 0 ? "" : ",").append("{\"typ\":\"BOENDE\",\"belopp\":1,\"beskrivning\":\"").append(beskrivning).append("\"}");
        }
        storst.append("],\"inkomster\":[");
        for (int i = 0; i < 120; i++) {
            storst.append(i == 0 ? "" : ",").append("{\"typ\":\"OVRIG\",\"belopp\":1,\"beskrivning\":\"").append(beskrivning).append("\"}");
        }
        String storsta = storst.append("]}").toString();
        assertThat(storsta.length()).isBetween(256 * 1024, 512 * 1024);
        Http.Svar raknad = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", storsta);
        assertThat(raknad.status()).as(raknad.body()).isEqualTo(200);
        // 3 490 + 1 130 + 120 × 1 − 120 × 1 = 4 620
        assertThat(raknad.json().get("summering").get("forsorjningsstod").asLong()).isEqualTo(4620);

        Http.Svar over = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"" + "x".repeat(512 * 1024) + "\"}");
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.arProblem()).isTrue();
    }

    @Test
    void enVanligBegaranOverTioMbAvvisas() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"" + "x".repeat(ELVA_MB) + "\"}");

        assertThat(svar.status()).isEqualTo(413);
        assertThat(svar.arProblem()).isTrue();
    }
}
