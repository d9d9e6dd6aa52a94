package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * A period over several months answers one part per month, each exactly what that part asked alone answers, and
 * the period's totals; the batch and a stored calculation take the same period (docs/adr/0092).
 */
@MicronautTest(transactional = false)
class FleraManaderApiTest extends KorandeTjanst {

    private static final String HUSHALL = "\"medlemmar\":[{\"id\":\"förälder\",\"alder\":40,\"roll\":\"SOKANDE\"},"
            + "{\"id\":\"barn\",\"fodelsedatum\":\"2015-08-01\",\"roll\":\"BARN\"}]";
    private static final String PERIODEN = "{\"kommun\":\"nykoping\",\"fran\":\"2026-03-15\",\"till\":\"2026-04-14\"," + HUSHALL
            + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":3000,\"manad\":\"2026-03\"},{\"typ\":\"BOENDE\",\"belopp\":1500,\"manad\":\"2026-04\"}],"
            + "\"inkomster\":[{\"typ\":\"LON\",\"belopp\":4000,\"medlem\":\"förälder\",\"jobbstimulans\":true,\"manad\":\"2026-03\"},"
            + "{\"typ\":\"BARNBIDRAG\",\"belopp\":625,\"manad\":\"2026-04\"}]}";
    private static final String MARS = "{\"kommun\":\"nykoping\",\"fran\":\"2026-03-15\",\"till\":\"2026-03-31\"," + HUSHALL
            + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":3000}],"
            + "\"inkomster\":[{\"typ\":\"LON\",\"belopp\":4000,\"medlem\":\"förälder\",\"jobbstimulans\":true}]}";
    private static final String APRIL = "{\"kommun\":\"nykoping\",\"fran\":\"2026-04-01\",\"till\":\"2026-04-14\"," + HUSHALL
            + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":1500}],\"inkomster\":[{\"typ\":\"BARNBIDRAG\",\"belopp\":625}]}";

    @Test
    void periodenArMarsdelenPlusAprildelen() {
        JsonNode perioden = ok(PERIODEN);
        JsonNode mars = ok(MARS);
        JsonNode april = ok(APRIL);

        // each part is exactly the answer to that part alone: lines, totals, notes, norms
        assertThat(perioden.get("delar")).hasSize(2);
        assertThat(perioden.get("delar").get(0)).isEqualTo(mars);
        assertThat(perioden.get("delar").get(1)).isEqualTo(april);
        // March 5 134 + 3 000 − 3 000 = 5 134, April 4 228 + 1 500 − 625 = 5 103 (fall/forsorjningsstod.yaml has the arithmetic)
        assertThat(mars.get("summering").get("forsorjningsstod").asLong()).isEqualTo(5134);
        assertThat(april.get("summering").get("forsorjningsstod").asLong()).isEqualTo(5103);
        for (String falt : List.of("riksnorm", "umgangesnorm", "skaligaKostnader", "inkomster", "forsorjningsstod", "livsforingIOvrigt",
                "bistand", "overskott", "begransning", "nedsattning")) {
            assertThat(perioden.get("summering").get(falt).asLong()).as(falt)
                    .isEqualTo(mars.get("summering").get(falt).asLong() + april.get("summering").get(falt).asLong());
        }
        assertThat(perioden.get("summering").get("forsorjningsstod").asLong()).isEqualTo(10237);
        assertThat(perioden.get("period").get("fran").asText()).isEqualTo("2026-03-15");
        assertThat(perioden.get("period").get("till").asText()).isEqualTo("2026-04-14");
        assertThat(perioden.get("rader")).isEmpty();
        assertThat(perioden.get("normer").isNull()).isTrue();
        assertThat(perioden.get("hushalletsStorlek").isNull()).isTrue();
        // a single month keeps its shape, with delar null
        assertThat(mars.get("delar").isNull()).isTrue();
        assertThat(mars.get("hushalletsStorlek").asInt()).isEqualTo(2);
    }

    @Test
    void batchenTarSammaPeriod() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod/batch", "application/x-ndjson", PERIODEN + "\n" + MARS + "\n");
        List<String> rader = svar.body().lines().toList();
        assertThat(rader).hasSize(2);
        JsonNode forsta = json(rader.get(0)).get("resultat");
        assertThat(forsta.get("delar")).hasSize(2);
        assertThat(forsta.get("summering").get("forsorjningsstod").asLong()).isEqualTo(10237);
        assertThat(json(rader.get(1)).get("resultat").get("summering").get("forsorjningsstod").asLong()).isEqualTo(5134);

        Http.Svar summering = http().post("/api/v1/berakningar/forsorjningsstod/batch?detalj=summering", "application/x-ndjson", PERIODEN);
        JsonNode resultat = json(summering.body().strip()).get("resultat");
        assertThat(resultat.get("delar")).allSatisfy(del -> assertThat(del.get("rader")).isEmpty());
        assertThat(resultat.get("summering").get("forsorjningsstod").asLong()).isEqualTo(10237);
    }

    @Test
    void enSparadPeriodHamtasIdentisk() {
        Http.Svar sparad = http().post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", PERIODEN);
        assertThat(sparad.status()).as(sparad.body()).isEqualTo(201);
        Http.Svar hamtad = http().get(sparad.location());
        assertThat(hamtad.status()).isEqualTo(200);
        assertThat(hamtad.json()).isEqualTo(sparad.json());
        assertThat(hamtad.json().get("delar")).hasSize(2);
    }

    private static JsonNode json(String rad) {
        return new Http.Svar(200, "", rad, null).json();
    }

    private JsonNode ok(String begaran) {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", begaran);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        return svar.json();
    }
}
