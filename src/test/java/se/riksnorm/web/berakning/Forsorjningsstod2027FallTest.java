package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Fallkontroll;
import se.riksnorm.support.Http;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Prov2027;

/**
 * The cases of {@code fall/forsorjningsstod-2027.yaml}: the reformed rules of 2027 on a preliminary 2027 table the
 * administrator entered through the API, as the government's table will be (made-up figures, support/Prov2027).
 */
@MicronautTest(transactional = false)
class Forsorjningsstod2027FallTest extends EgnaNormer {

    Forsorjningsstod2027FallTest() {
        Prov2027.taBort(normer);
    }


    @BeforeAll
    void enPreliminarRiksnorm2027MatasIn() {
        Http.Svar svar = http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2027", Prov2027.PRELIMINAR_JSON);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().get("riksnorm").get("status").asText()).isEqualTo("PRELIMINAR");
    }

    static Stream<Arguments> fall() {
        return Fall.las("forsorjningsstod-2027.yaml");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void fall(String kalla, String namn, JsonNode fall) {
        Fallkontroll.kontrollera(fall.get("vantat"),
                http().post("/api/v1/berakningar/forsorjningsstod", "application/json", fall.get("begaran").toString()));
    }
}
