package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Http;

/** Every wrong request gets a 4xx in RFC 9457 problem+json that names what was wrong, never a 500. */
@MicronautTest(transactional = false)
class ProblemApiTest extends KorandeTjanst {

    static Stream<Arguments> fel() {
        return Stream.of(
                Arguments.of("/api/v1/riksnormer/2031", 404, "okand-riksnorm", "ar", "Det finns ingen riksnorm för år 2031. Riksnorm finns för " + ProjektetsNormer.arsspann() + "."),
                Arguments.of("/api/v1/riksnormer/abc", 400, "ogiltigt-varde", "ar", "Värdet 'abc' för ar kan inte tolkas som ett heltal."),
                Arguments.of("/api/v1/riksnormer/99999999999", 400, "ogiltigt-varde", "ar", null),
                Arguments.of("/api/v1/riksnormer/2023.5", 400, "ogiltigt-varde", "ar", null),
                Arguments.of("/api/v1/kommuner/ume%C3%A5%C3%A5", 404, "okand-kommun", "kommun",
                        "Ingen av tjänstens 290 kommuner heter eller har koden 'umeåå'. En kommun anges med id, kommunkod eller "
                                + "namn, t.ex. stockholm, 0180 eller Stockholm; alla kommuner: GET /api/v1/kommuner."),
                Arguments.of("/api/v1/kommuner/..%2F..%2Fetc%2Fpasswd", 400, "ogiltigt-varde", "kommun", null),
                Arguments.of("/api/v1/kommuner/nykoping%27%3Bdrop%20table%20kommun%3B--/fordelningar", 400, "ogiltigt-varde", "kommun", null),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2021", 404, "okand-fordelning", "ar",
                        "Nyköping har ingen fördelning av riksnormen för 2021. Fördelning finns för 2022, 2023."),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/tjugo", 400, "ogiltigt-varde", "ar", null),
                Arguments.of("/api/v1/finns-inte", 404, "okand-resurs", null, null),
                Arguments.of("/api/v1/riksnormer/2023/extra", 404, "okand-resurs", null, null));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("fel")
    void felBesvarasMedProblem(String sokvag, int status, String typ, String falt, String detalj) {
        Http.Svar svar = http().get(sokvag);

        assertThat(svar.status()).as(svar.body()).isEqualTo(status);
        assertThat(svar.arProblem()).as(svar.contentType()).isTrue();
        JsonNode problem = svar.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:riksnorm:problem:" + typ);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (falt != null) {
            assertThat(problem.get("falt").asText()).isEqualTo(falt);
        }
        if (detalj != null) {
            assertThat(problem.get("detail").asText()).isEqualTo(detalj);
        }
        assertThat(svar.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void felMetodFelMediatypOchFelSvarstyp() {
        Http.Svar metod = http().post("/api/v1/riksnormer", "application/json", "{}");
        assertThat(metod.status()).isEqualTo(405);
        assertThat(metod.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:metod-stods-inte");

        Http.Svar mediatyp = http().post("/api/v1/inlasning", "text/plain", "läs in");
        assertThat(mediatyp.status()).isEqualTo(415);
        assertThat(mediatyp.arProblem()).isTrue();
        assertThat(mediatyp.json().get("detail").asText()).contains("text/plain").contains("application/json");
        assertThat(mediatyp.json().get("falt").asText()).isEqualTo("Content-Type");

        Http.Svar svarstyp = http().get("/api/v1/riksnormer/2023", "application/xml");
        assertThat(svarstyp.status()).isEqualTo(406);
        assertThat(svarstyp.arProblem()).isTrue();
        assertThat(svarstyp.json().get("falt").asText()).isEqualTo("Accept");
    }

    @Test
    void slumpadeSokvagarGerAldrig5xx() {
        List<String> varden = Instancio.ofList(String.class).size(300).create();
        varden.addAll(List.of("", " ", "%", "%zz", "-1", "0", "2147483648", "١٢٣", "\u0000", "'", "\"", "<script>", "..",
                "a".repeat(5000), "NYKÖPING", "0480 ", "Nyköping kommun"));
        int skickade = 0;
        for (String varde : varden) {
            String kodat = URLEncoder.encode(varde, StandardCharsets.UTF_8).replace("+", "%20");
            for (String sokvag : List.of("/api/v1/riksnormer/" + kodat, "/api/v1/kommuner/" + kodat,
                    "/api/v1/kommuner/" + kodat + "/fordelningar/2023", "/api/v1/kommuner/nykoping/fordelningar/" + kodat)) {
                Http.Svar svar = http().get(sokvag);
                skickade++;
                assertThat(svar.status()).as(sokvag + " → " + svar.body()).isLessThan(500);
                if (svar.status() >= 400) {
                    assertThat(svar.arProblem()).as(sokvag).isTrue();
                    assertThat(svar.json().get("status").asInt()).isEqualTo(svar.status());
                }
            }
        }
        assertThat(skickade).isEqualTo(varden.size() * 4);
    }
}
