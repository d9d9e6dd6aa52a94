package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/** The cases of {@code fall/matnorm.yaml} and {@code fall/umgangesnorm.yaml}, each sent to the running service. */
@MicronautTest(transactional = false)
class NormfallTest extends KorandeTjanst {

    static Stream<Arguments> fall() {
        return Stream.of("matnorm", "umgangesnorm").flatMap(norm -> Fall.las(norm + ".yaml")
                .map(a -> Arguments.of(norm, a.get()[0], a.get()[1], a.get()[2])));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("fall")
    void fall(String norm, String kalla, String namn, JsonNode fall) {
        Http.Svar svar = http().post("/api/v1/berakningar/" + norm, "application/json", fall.get("begaran").toString());
        JsonNode vantat = fall.get("vantat");
        if (vantat.has("status")) {
            assertThat(svar.status()).as(svar.body()).isEqualTo(vantat.get("status").asInt());
            assertThat(svar.arProblem()).isTrue();
            assertThat(svar.json().get("detail").asText()).isEqualTo(vantat.get("detalj").asText());
            return;
        }
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        delmangd(vantat, svar.json(), "");
    }

    /** Every field the case gives is in the answer with that value; arrays element by element, of the same length. */
    private static void delmangd(JsonNode vantat, JsonNode faktiskt, String var) {
        assertThat(faktiskt).as(var + " saknas").isNotNull();
        if (vantat.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> f = vantat.fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> falt = f.next();
                delmangd(falt.getValue(), faktiskt.get(falt.getKey()), var + "." + falt.getKey());
            }
        } else if (vantat.isArray()) {
            assertThat(faktiskt).as(var).hasSameSizeAs(vantat);
            for (int i = 0; i < vantat.size(); i++) {
                delmangd(vantat.get(i), faktiskt.get(i), var + "[" + i + "]");
            }
        } else if (vantat.isNumber()) {
            assertThat(faktiskt.decimalValue()).as(var).isEqualByComparingTo(vantat.decimalValue());
        } else {
            assertThat(faktiskt.asText()).as(var).isEqualTo(vantat.asText());
        }
    }
}
