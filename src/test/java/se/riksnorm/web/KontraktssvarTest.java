package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * Real answers of the running service checked against the committed contract (openapi/riksnorm-1.yml) by Atlassian's
 * validator, so the contract and the code cannot drift apart where an integrator relies on them.
 */
@MicronautTest(transactional = false)
class KontraktssvarTest extends KorandeTjanst {

    private static final OpenApiInteractionValidator KONTRAKT = OpenApiInteractionValidator
            .createForSpecificationUrl("openapi/riksnorm-1.yml").build();

    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":["
            + "{\"id\":\"förälder\",\"fodelsedatum\":\"1985-04-02\",\"roll\":\"SOKANDE\"},"
            + "{\"id\":\"barn\",\"fodelsedatum\":\"2015-06-10\",\"roll\":\"BARN\",\"dagar\":15}],"
            + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":7200}],"
            + "\"inkomster\":[{\"typ\":\"LON\",\"belopp\":9000,\"medlem\":\"förälder\",\"jobbstimulans\":true}]}";

    private record Anrop(String metod, String sokvag, String mall, String body) {
    }

    @Test
    void svarenFoljerKontraktet() {
        List<Anrop> anrop = List.of(
                new Anrop("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod", HUSHALL),
                new Anrop("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod",
                        HUSHALL.replace("\"manad\":\"2023-03\"", "\"fran\":\"2026-03-15\",\"till\":\"2026-04-14\"")
                                .replace("\"belopp\":7200}", "\"belopp\":7200,\"manad\":\"2026-03\"}")
                                .replace("\"jobbstimulans\":true}", "\"jobbstimulans\":true,\"manad\":\"2026-04\"}")),
                new Anrop("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod",
                        HUSHALL.replace("2023-03", "2031-03")),
                new Anrop("GET", "/api/v1/riksnormer", "/api/v1/riksnormer", null),
                new Anrop("GET", "/api/v1/riksnormer/2023", "/api/v1/riksnormer/{ar}", null),
                new Anrop("GET", "/api/v1/kommuner/nykoping", "/api/v1/kommuner/{kommun}", null),
                new Anrop("GET", "/api/v1/kommuner/nykoping/fordelningar", "/api/v1/kommuner/{kommun}/fordelningar", null),
                new Anrop("GET", "/api/v1/kommuner/nykoping/fordelningar/2023", "/api/v1/kommuner/{kommun}/fordelningar/{ar}", null),
                new Anrop("GET", "/api/v1/kommuner/nykoping/fordelningar/2023/versioner/1",
                        "/api/v1/kommuner/{kommun}/fordelningar/{ar}/versioner/{version}", null),
                new Anrop("GET", "/api/v1/riksnormer/2026", "/api/v1/riksnormer/{ar}", null),
                new Anrop("GET", "/api/v1/kommuner/atlantis", "/api/v1/kommuner/{kommun}", null));
        for (Anrop a : anrop) {
            Http.Svar svar = a.body() == null ? http().get(a.sokvag()) : http().post(a.sokvag(), "application/json", a.body());
            SimpleResponse.Builder svaret = SimpleResponse.Builder.status(svar.status()).withBody(svar.body());
            if (svar.contentType() != null) {
                svaret.withContentType(svar.contentType());
            }
            ValidationReport rapport = KONTRAKT.validateResponse(a.mall(), Request.Method.valueOf(a.metod()), svaret.build());
            assertThat(rapport.getMessages()).as(a.metod() + " " + a.sokvag() + " → " + svar.status()).isEmpty();
        }
    }
}
