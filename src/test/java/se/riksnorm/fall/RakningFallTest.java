package se.riksnorm.fall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Rakning;

/**
 * The hand arithmetic of every case ({@code rakning}) adds up, and ends in a figure the case expects: the value the
 * service must answer is the one the arithmetic gives, not one copied beside it.
 */
class RakningFallTest {

    static Stream<Arguments> fall() {
        return Stream.of("forsorjningsstod.yaml", "forsorjningsstod-2027.yaml", "matnorm.yaml", "umgangesnorm.yaml").flatMap(Fall::las)
                .filter(f -> ((JsonNode) f.get()[2]).has("rakning"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void rakningenStammerOchGerDetVantade(String kalla, String namn, JsonNode fall) {
        BigDecimal resultat = Rakning.kontrollera(fall.get("rakning").asText());
        List<BigDecimal> vantade = new ArrayList<>();
        JsonNode vantat = fall.get("vantat");
        // försörjningsstöd: the summering's figures; matnorm and umgängesnorm: the answer's own
        (vantat.has("summering") ? vantat.get("summering") : vantat).fields().forEachRemaining(f -> {
            if (f.getValue().isNumber()) {
                vantade.add(f.getValue().decimalValue());
            }
        });
        assertThat(vantade).as("the arithmetic ends in " + resultat + ", one of the expected figures")
                .anySatisfy(v -> assertThat(v).isEqualByComparingTo(resultat));
    }
}
