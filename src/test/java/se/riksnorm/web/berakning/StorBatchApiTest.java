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
    void enVanligBegaranOverTioMbAvvisas() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"" + "x".repeat(ELVA_MB) + "\"}");

        assertThat(svar.status()).isEqualTo(413);
        assertThat(svar.arProblem()).isTrue();
    }
}
