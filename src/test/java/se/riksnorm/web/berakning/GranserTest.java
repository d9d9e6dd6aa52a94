package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * Each request's work is bounded (the reliability review's finding 3): a list or a text beyond its limit is a 400
 * problem naming the field and the limit, read no further; a batch line is read as strictly as a request, and one
 * beyond its limit is answered 413 on its line without being kept, while the other lines are calculated.
 */
@MicronautTest(transactional = false)
class GranserTest extends KorandeTjanst {

    private static final String BERAKNING = "/api/v1/berakningar/forsorjningsstod";
    private static final String BOENDE = "{\"typ\":\"BOENDE\",\"belopp\":1}";
    private static final String LON = "{\"typ\":\"LON\",\"belopp\":1}";
    private static final String VUXEN = "{\"alder\":40,\"roll\":\"SOKANDE\"}";

    static Stream<Arguments> overGransen() {
        return Stream.of(
                Arguments.of(hushall(List.of(VUXEN), BOENDE, 121, "kostnader"), "kostnader", "Högst 120 kostnader i en begäran, inte 121."),
                Arguments.of(hushall(List.of(VUXEN), LON, 121, "inkomster"), "inkomster", "Högst 120 inkomster i en begäran, inte 121."),
                Arguments.of(hushall(List.of(VUXEN), "{\"belopp\":1,\"grund\":\"PRAKTIK\",\"motivering\":\"m\"}", 25, "nedsattningar"),
                        "nedsattningar", "Högst 24 nedsattningar i en begäran, inte 25."),
                Arguments.of(hushall(List.of(VUXEN), "{\"belopp\":1,\"grund\":\"PRAKTIK\",\"motivering\":\"rad 1\\nrad 2\"}", 1,
                        "nedsattningar"), "nedsattningar[0].motivering", "U+000A"),
                Arguments.of(hushall(java.util.Collections.nCopies(101, VUXEN), BOENDE, 0, "kostnader"), "medlemmar",
                        "Högst 100 medlemmar i en begäran, inte 101."),
                Arguments.of(hushall(List.of(VUXEN), "{\"typ\":\"BOENDE\",\"belopp\":1,\"beskrivning\":\"" + "x".repeat(201) + "\"}", 1,
                        "kostnader"), "kostnader[0].beskrivning", "Högst 200 tecken, inte 201."),
                Arguments.of(hushall(List.of(VUXEN), "{\"typ\":\"BOENDE\",\"belopp\":1,\"beskrivning\":\"hyra\\u2028mars\"}", 1,
                        "kostnader"), "kostnader[0].beskrivning", "U+2028"),
                Arguments.of(hushall(List.of("{\"id\":\"" + "å".repeat(61) + "\",\"alder\":40,\"roll\":\"SOKANDE\"}"), BOENDE, 0,
                        "kostnader"), "medlemmar[0].id", "Högst 60 tecken, inte 61."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("overGransen")
    void enListaEllerTextOverGransenVagrasOchNamnerFaltOchGrans(String body, String falt, String iDetaljen) {
        Http.Svar svar = http().post(BERAKNING, "application/json", body);

        assertThat(svar.status()).as(svar.body()).isEqualTo(400);
        JsonNode problem = svar.json();
        assertThat(problem.get("falt").asText()).isEqualTo(falt);
        assertThat(problem.get("detail").asText()).contains(iDetaljen);
    }

    @Test
    void justVidGransenRaknas() {
        // 120 costs of 1 kr and 120 incomes of 1 kr: 3 490 + 1 130 + 120 − 120 = 4 620
        Http.Svar svar = http().post(BERAKNING, "application/json", hushall(List.of(VUXEN), BOENDE, 120, "kostnader")
                .replace("]}", "],\"inkomster\":[" + String.join(",", java.util.Collections.nCopies(120, LON)) + "]}"));

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().get("summering").get("forsorjningsstod").asLong()).isEqualTo(4620);
    }

    @Test
    void enBatchradLasesStriktOchEnOverlangRadBehallsInte() {
        String god = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[" + VUXEN + "]}";
        String dubbel = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[" + VUXEN + "],\"kostnader\":"
                + "[{\"typ\":\"BOENDE\",\"belopp\":99999,\"belopp\":7200}]}";
        String lang = "{\"kommun\":\"" + "x".repeat(3_000_000) + "\"}";
        String body = god + "\n" + dubbel + "\n" + lang + "\n" + "\n".repeat(600) + god + "\r\n" + god;

        Http.Svar svar = http().post(BERAKNING + "/batch?detalj=summering", "application/x-ndjson", body);

        assertThat(svar.status()).isEqualTo(200);
        List<JsonNode> rader = svar.body().lines().map(r -> new Http.Svar(200, "", r, null).json()).toList();
        assertThat(rader).extracting(r -> r.get("rad").asLong()).containsExactly(1L, 2L, 3L, 604L, 605L);
        assertThat(rader.get(0).get("resultat").get("summering").get("forsorjningsstod").asLong()).isEqualTo(4620);
        assertThat(rader.get(1).get("problem").get("falt").asText()).isEqualTo("kostnader[0].belopp");
        assertThat(rader.get(1).get("problem").get("detail").asText()).contains("två gånger");
        assertThat(rader.get(2).get("problem").get("status").asInt()).isEqualTo(413);
        // {"kommun":" (11) + 3 000 000 + "} (2) = 3 000 013 bytes (all ASCII), counted as they passed, none kept
        assertThat(rader.get(2).get("problem").get("detail").asText()).contains("3000013 byte");
        assertThat(rader.get(3).get("resultat").get("summering").get("forsorjningsstod").asLong()).isEqualTo(4620);
        assertThat(rader.get(4).get("resultat")).isNotNull();
    }

    private static String hushall(List<String> medlemmar, String post, int antal, String lista) {
        return "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[" + String.join(",", medlemmar) + "],\"" + lista + "\":["
                + String.join(",", java.util.Collections.nCopies(antal, post)) + "]}";
    }
}
