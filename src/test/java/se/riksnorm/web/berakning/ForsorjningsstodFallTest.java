package se.riksnorm.web.berakning;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Fallkontroll;
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
        Fallkontroll.kontrollera(fall.get("vantat"),
                http().post("/api/v1/berakningar/forsorjningsstod", "application/json", fall.get("begaran").toString()));
    }
}
