package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/** The cases of {@code fall/forsorjningsstod.yaml}, each sent to the running service as another system would. */
@MicronautTest(transactional = false)
class ForsorjningsstodFallTest extends KorandeTjanst {

    static Stream<Arguments> fall() {
        return Fall.las("forsorjningsstod.yaml");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void fall(String kalla, String namn, JsonNode fall) {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", fall.get("begaran").toString());
        JsonNode vantat = fall.get("vantat");
        JsonNode faktiskt = svar.json();

        if (vantat.has("status")) {
            assertThat(svar.status()).as(svar.body()).isEqualTo(vantat.get("status").asInt());
            assertThat(svar.arProblem()).isTrue();
            assertThat(faktiskt.get("type").asText()).isEqualTo("urn:riksnorm:problem:" + vantat.get("type").asText());
            assertThat(faktiskt.get("falt").asText()).isEqualTo(vantat.get("falt").asText());
            assertThat(faktiskt.get("detail").asText()).isNotBlank();
            return;
        }
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        if (vantat.has("hushalletsStorlek")) {
            assertThat(faktiskt.get("hushalletsStorlek").asInt()).isEqualTo(vantat.get("hushalletsStorlek").asInt());
        }
        delmangd(vantat.get("summering"), faktiskt.get("summering"), "summering");
        delmangd(vantat.get("normer"), faktiskt.get("normer"), "normer");
        if (vantat.has("rader")) {
            for (JsonNode rad : vantat.get("rader")) {
                assertThat(faktiskt.get("rader")).as("a line like " + rad + " in " + faktiskt.get("rader"))
                        .anySatisfy(f -> delmangd(rad, f, "rad"));
            }
        }
        if (vantat.has("anmarkningar")) {
            List<String> koder = new ArrayList<>();
            vantat.get("anmarkningar").forEach(k -> koder.add(k.asText()));
            assertThat(faktiskt.get("anmarkningar").findValuesAsText("kod")).containsExactlyInAnyOrderElementsOf(koder);
        }
        // every line says what it rests on
        assertThat(faktiskt.get("rader")).allSatisfy(r -> assertThat(r.get("grunder")).isNotEmpty());
    }

    private static void delmangd(JsonNode vantat, JsonNode faktiskt, String var) {
        if (vantat == null) {
            return;
        }
        vantat.fields().forEachRemaining(falt -> assertThat(faktiskt.get(falt.getKey()))
                .as(var + "." + falt.getKey() + " in " + faktiskt).isEqualTo(falt.getValue()));
    }
}
