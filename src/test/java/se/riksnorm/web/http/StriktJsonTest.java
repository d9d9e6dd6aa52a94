package se.riksnorm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * The reliability review's finding 4: bodies the service used to read loosely, each now a 400 problem that names
 * the field, so no body is read as a different household from the one a gateway or case system sees.
 */
@MicronautTest(transactional = false)
class StriktJsonTest extends KorandeTjanst {

    private static final String BERAKNING = "/api/v1/berakningar/forsorjningsstod";
    private static final String SOKANDE = "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"fodelsedatum\":\"1985-04-02\"}]";

    static Stream<Arguments> losaKroppar() {
        return Stream.of(
                // the first belopp used to win: 99 999 kr instead of the 7 200 every other parser reads
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":99999,\"belopp\":7200}]}", "kostnader[0].belopp", "två gånger"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2019-03\",\"manad\":\"2023-03\"," + SOKANDE + "}", "manad", "två gånger"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE + "}xyz", null, "ogiltig-json"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE + "}{\"kommun\":\"nykoping\"}", null,
                        "mer än ett JSON-värde"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":true}]}", "kostnader[0].belopp", "sanningsvärdet true"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":1.5}]}", "kostnader[0].belopp", "decimaltalet 1.5"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":\"7200\"}]}", "kostnader[0].belopp", "texten \"7200\""),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"roll\":\"SOKANDE\",\"alder\":40},"
                        + "{\"roll\":\"BARN\",\"alder\":8,\"dagar\":1.5}]}", "medlemmar[1].dagar", "decimaltalet 1.5"),
                Arguments.of("{\"kommun\":[\"nykoping\"],\"manad\":\"2023-03\"," + SOKANDE + "}", "kommun", "en lista"),
                Arguments.of("{\"kommun\":480,\"manad\":\"2023-03\"," + SOKANDE + "}", "kommun", "talet 480"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE + ",\"ovrigaIHushallet\":2147483648}",
                        "ovrigaIHushallet", "utanför"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE + ",\"ovrigaIHushallet\":2147483647}",
                        "ovrigaIHushallet", "Högst 100 övriga"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"inkomster\":[{\"typ\":\"LON\",\"belopp\":9000,\"jobbstimulans\":\"ja\"}]}", "inkomster[0].jobbstimulans",
                        "true eller false"),
                Arguments.of("{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                        + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":9223372036854775808}]}", "kostnader[0].belopp", "utanför"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("losaKroppar")
    void enLosligenSkrivenKroppVagrasOchFaltetNamns(String body, String falt, String iDetaljen) {
        Http.Svar svar = http().post(BERAKNING, "application/json", body);

        assertThat(svar.status()).as(svar.body()).isEqualTo(400);
        assertThat(svar.arProblem()).isTrue();
        JsonNode problem = svar.json();
        if (falt != null) {
            assertThat(problem.get("falt").asText()).isEqualTo(falt);
        }
        assertThat(problem.get("detail").asText() + " " + problem.get("type").asText()).contains(iDetaljen);
    }

    @Test
    void enRattSkrivenKroppRaknasSomForut() {
        Http.Svar svar = http().post(BERAKNING, "application/json", "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE
                + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":7200}],\"okantFalt\":{\"a\":[1,2]}}");

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        // 3 490 + 1 130 + 7 200 = 11 820
        assertThat(svar.json().get("summering").get("forsorjningsstod").asLong()).isEqualTo(11820);
    }

    @Test
    void utanContentTypeEllerMedAnnanTeckenkodningAnUtf8Vagras() {
        String body = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\"," + SOKANDE + "}";
        Http.Svar utan = http().skicka(http().ny(BERAKNING).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Http.Svar latin1 = http().post(BERAKNING, "application/json; charset=iso-8859-1", body);
        Http.Svar utf8 = http().post(BERAKNING, "application/json; charset=UTF-8", body);

        assertThat(utan.status()).as(utan.body()).isEqualTo(415);
        assertThat(utan.json().get("falt").asText()).isEqualTo("Content-Type");
        assertThat(latin1.status()).as(latin1.body()).isEqualTo(415);
        assertThat(latin1.json().get("detail").asText()).contains("UTF-8");
        assertThat(utf8.status()).as(utf8.body()).isEqualTo(200);
    }
}
