package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.riksnorm.support.Curl;

/**
 * The documents' examples send the demo keys of {@code mvn -B mn:run} (application-dev.yml); the tests send them with
 * the tests' key of the same name ({@link Curl#testnyckel}). That is the same request only if each such test key has
 * exactly the demo key's roles and kommuner.
 */
class DemonycklarnasRollerTest {

    @Test
    void varjeDemonyckelHarEnTestnyckelMedSammaRollerOchKommuner() throws IOException {
        Map<String, Map<String, Object>> demo = nycklar("src/main/resources/application-dev.yml");
        Map<String, Map<String, Object>> test = nycklar("src/test/resources/application-test.yml");

        assertThat(demo).hasSize(7);
        demo.forEach((namn, nyckel) -> {
            Map<String, Object> testnyckel = test.get(Curl.testnyckel(namn));
            assertThat(testnyckel).as(namn + " → " + Curl.testnyckel(namn)).isNotNull();
            assertThat(testnyckel.get("roles")).as(namn).isEqualTo(nyckel.get("roles"));
            assertThat(testnyckel.get("kommuner")).as(namn).isEqualTo(nyckel.get("kommuner"));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> nycklar(String fil) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(fil))) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> sakerhet = (Map<String, Object>) ((Map<String, Object>) yaml.get("riksnorm")).get("security");
            return ((List<Map<String, Object>>) sakerhet.get("api-keys")).stream()
                    .collect(Collectors.toMap(n -> (String) n.get("name"), Function.identity()));
        }
    }
}
