package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final OpenApiInteractionValidator RADVIS;

    static {
        try {
            RADVIS = OpenApiInteractionValidator.createForInlineApiSpecification(
                    Files.readString(Path.of("openapi/riksnorm-1.yml")).replace("application/x-ndjson:", "application/json:")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    /**
     * The batch answers one JSON object per line (NDJSON), and the contract gives the line's schema: every line of a full
     * and of a summary batch, a good household, a period over two months and a refused line, is checked against it. A
     * line with a wrong type must be reported, so the check is known to read the lines at all.
     */
    @Test
    void varjeBatchradFoljerKontraktet() {
        String batch = "/api/v1/berakningar/forsorjningsstod/batch";
        String perioden = HUSHALL.replace("\"manad\":\"2023-03\"", "\"fran\":\"2026-03-15\",\"till\":\"2026-04-14\"");
        String ndjson = HUSHALL + "\n" + perioden + "\n{\"kommun\":\"nykoping\"}\n";
        for (String detalj : List.of("full", "summering")) {
            Http.Svar svar = http().post(batch + "?detalj=" + detalj, "application/x-ndjson", ndjson);
            assertThat(svar.status()).isEqualTo(200);
            List<String> rader = svar.body().lines().toList();
            assertThat(rader).hasSize(3);
            for (String rad : rader) {
                assertThat(batchrad(batch, rad).getMessages()).as(detalj + ": " + rad).isEmpty();
            }
            assertThat(batchrad(batch, rader.get(0).replace("{\"rad\":1,", "{\"rad\":\"ett\",")).getMessages())
                    .as("a line whose rad is text").isNotEmpty();
        }
    }

    /**
     * The validator reads bodies of JSON media types only; an NDJSON line is one JSON object, so the line is checked as
     * the committed contract's NDJSON schema read as {@code application/json}.
     */
    private static ValidationReport batchrad(String batch, String rad) {
        return RADVIS.validateResponse(batch, Request.Method.POST,
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(rad).build());
    }
}
