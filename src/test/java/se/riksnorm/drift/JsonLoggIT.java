package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riksnorm.support.Http;
import se.riksnorm.support.Tjanstprocess;

/**
 * With {@code RIKSNORM_LOG_FORMAT=JSON} a log collector gets one JSON object per line from the very first line:
 * no banner, no logback status lines (the newcomer review found 26 lines that were not JSON).
 */
class JsonLoggIT {

    @TempDir
    Path temp;

    @Test
    void varjeRadArEttJsonObjekt() throws Exception {
        Path logg = temp.resolve("tjanst.log");
        try (Tjanstprocess tjanst = new Tjanstprocess(temp.resolve("riksnorm.db"), logg, Map.of("RIKSNORM_LOG_FORMAT", "JSON"))) {
            Http http = tjanst.start();
            assertThat(http.get("/api/v1/kommuner/nykoping").status()).isEqualTo(200);
            tjanst.stoppa();
        }
        List<String> rader = Files.readAllLines(logg);
        // the start logs the load of norms/ (290 kommuner, the riksnorm years) and Micronaut's startup line at least
        assertThat(rader).hasSizeGreaterThan(2);
        ObjectMapper json = new ObjectMapper();
        for (String rad : rader) {
            JsonNode objekt = json.readTree(rad);
            assertThat(objekt.isObject()).as(rad).isTrue();
            assertThat(objekt.get("tjanst").asText()).as(rad).isEqualTo("riksnorm");
        }
    }
}
