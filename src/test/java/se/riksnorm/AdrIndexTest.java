package se.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every ADR is in the index with the status it states itself, so a replaced decision is marked in both places. */
class AdrIndexTest {

    private static final Path ADR = Path.of("docs/adr");
    private static final Pattern STATUS = Pattern.compile("(?m)^Status:\\s*(.*?)\\n\\s*\\n", Pattern.DOTALL);

    @Test
    void varjeAdrStarIIndexetMedSinStatus() throws IOException {
        String index = Files.readString(ADR.resolve("README.md"));
        List<Path> adrer;
        try (Stream<Path> filer = Files.list(ADR)) {
            adrer = filer.filter(f -> f.getFileName().toString().matches("\\d{4}-.*\\.md")).sorted().toList();
        }
        assertThat(adrer).isNotEmpty();
        for (Path adr : adrer) {
            String text = Files.readString(adr);
            Matcher status = STATUS.matcher(text);
            assertThat(status.find()).as(adr + " has a Status line").isTrue();
            String rad = "| [" + adr.getFileName().toString().substring(0, 4) + "](" + adr.getFileName() + ") |";
            assertThat(index).as(adr + " in docs/adr/README.md").contains(rad);
            String indexrad = index.lines().filter(r -> r.startsWith(rad)).findFirst().orElseThrow();
            assertThat(indexrad).as(adr + "'s status in the index").endsWith("| " + String.join(" ", status.group(1).split("\\s+")) + " |");
            assertThat(text).as(adr + " has a Decision").contains("## Decision");
        }
    }
}
