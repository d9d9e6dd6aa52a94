package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.riksnorm.support.KorandeTjanst;

/**
 * The first calculation as the README and docs/api.md print it: its request sent as written (with the tests' key of the demo key's
 * role), and every line the README shows beside it compared with the answer, line for line: the type, the person,
 * the amount and the rule's text; then the totals. A change in the rules or in the README that makes the two differ
 * fails here.
 */
@MicronautTest(transactional = false)
class ForstaBerakningenTest extends KorandeTjanst {

    /** After the heading: the first curl with -d '…', then the printed answer in the next block. */
    private static final String BEGARAN = ".*?```sh\\n.*?-d '(\\{.*?\\})'\\n```\\n\\n```\\n(.*?)```";
    private static final Pattern SUMMERING = Pattern.compile(
            "summering: riksnorm ([\\d ]+), skäliga kostnader ([\\d ]+), inkomster ([\\d ]+), försörjningsstöd ([\\d ]+)");

    @ParameterizedTest
    @CsvSource({"README.md, ## A first calculation", "docs/api.md, ## Calculating försörjningsstöd"})
    void denForstaBerakningenGerDetSomVisas(String fil, String rubrik) throws IOException {
        Matcher readme = Pattern.compile(Pattern.quote(rubrik) + BEGARAN, Pattern.DOTALL).matcher(Files.readString(Path.of(fil)));
        assertThat(readme.find()).as(fil + ": '" + rubrik + "' with its curl -d '…' and the printed answer").isTrue();
        List<String> visade = new ArrayList<>(readme.group(2).lines().toList());
        String summering = visade.remove(visade.size() - 1);

        JsonNode svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", readme.group(1)).json();

        JsonNode rader = svar.get("rader");
        assertThat(rader).hasSize(visade.size());
        for (int i = 0; i < visade.size(); i++) {
            String[] kolumner = visade.get(i).split(" {2,}");
            JsonNode rad = rader.get(i);
            boolean medMedlem = kolumner.length == 4;
            assertThat(rad.get("typ").asText()).isEqualTo(kolumner[0]);
            assertThat(rad.get("medlem").isNull() ? "" : rad.get("medlem").asText()).isEqualTo(medMedlem ? kolumner[1] : "");
            assertThat(rad.get("kronor").asLong()).isEqualTo(tal(kolumner[medMedlem ? 2 : 1]));
            assertThat(mellanslag(rad.get("regel").asText())).isEqualTo(kolumner[medMedlem ? 3 : 2]);
        }
        Matcher summa = SUMMERING.matcher(summering);
        assertThat(summa.matches()).as(summering).isTrue();
        JsonNode s = svar.get("summering");
        assertThat(List.of(s.get("riksnorm").asLong(), s.get("skaligaKostnader").asLong(), s.get("inkomster").asLong(),
                s.get("forsorjningsstod").asLong()))
                .containsExactly(tal(summa.group(1)), tal(summa.group(2)), tal(summa.group(3)), tal(summa.group(4)));
    }

    private static long tal(String text) {
        return Long.parseLong(text.replace(" ", ""));
    }

    /** The answer writes amounts with no-break spaces (Swedish style); the README with plain ones. */
    private static String mellanslag(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
