package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * The committed contract says which operations need a login as the running service enforces it ({@code @Secured}):
 * every operation is called without a login; one that answers 401 must not say {@code security: []} (it inherits
 * the document's apiNyckel or bearer), one that answers anything else must say {@code security: []}, so Swagger UI
 * and generated clients know it is open (docs/adr/0019).
 */
@MicronautTest(transactional = false)
class KontraktetsInloggningTest extends KorandeTjanst {

    private static final Set<String> METODER = Set.of("get", "put", "post", "delete", "patch");
    /** A value for every path parameter of the contract; an open operation must not answer 401 whatever they are. */
    private static final Map<String, String> EXEMPEL = Map.of(
            "ar", "2023", "kommun", "nykoping", "id", "1", "version", "1", "format", "csv");

    @Test
    void oppnaOperationerSagerSecurityTomOchAndraKraverInloggning() throws IOException {
        JsonNode kontrakt = new YAMLMapper().readTree(Path.of("openapi/riksnorm-1.yml").toFile());
        assertThat(kontrakt.path("security")).as("the document's login").isNotEmpty();
        List<String> oppna = new ArrayList<>();
        List<String> fel = new ArrayList<>();
        Http anonym = http().anonym();
        for (Iterator<Map.Entry<String, JsonNode>> vagar = kontrakt.path("paths").fields(); vagar.hasNext(); ) {
            Map.Entry<String, JsonNode> vag = vagar.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = vag.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METODER.contains(op.getKey())) {
                    continue;
                }
                String sokvag = vag.getKey();
                for (Map.Entry<String, String> p : EXEMPEL.entrySet()) {
                    sokvag = sokvag.replace("{" + p.getKey() + "}", p.getValue());
                }
                boolean json = op.getValue().path("requestBody").path("content").has("application/json");
                int status = anonym.begaran(op.getKey().toUpperCase(), sokvag, json ? "{}" : null).status();
                JsonNode security = op.getValue().path("security");
                boolean sagerOppen = security.isArray() && security.isEmpty();
                String namn = op.getKey().toUpperCase() + " " + vag.getKey() + " → " + status;
                if (status != 401) {
                    oppna.add(op.getValue().path("operationId").asText());
                }
                if ((status == 401) == sagerOppen) {
                    fel.add(namn + (sagerOppen ? " but says security: []" : " but does not say security: []"));
                }
            }
        }
        assertThat(fel).isEmpty();
        // the three the code opens with @Secured(IS_ANONYMOUS): if this list changes, so does the contract
        assertThat(oppna).containsExactlyInAnyOrder("ping", "listaRiksnormer", "hamtaRiksnorm");
    }
}
