package se.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link in the README, docs/ and norms/README.md leads to a file of the repository. */
class DokumentlankarTest {

    private static final Pattern LANK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void varjeRelativLankFinns() throws IOException {
        List<Path> dokument = new ArrayList<>(List.of(Path.of("README.md"), Path.of("norms/README.md")));
        try (Stream<Path> filer = Files.walk(Path.of("docs"))) {
            filer.filter(f -> f.toString().endsWith(".md")).forEach(dokument::add);
        }
        List<String> trasiga = new ArrayList<>();
        for (Path fil : dokument) {
            Matcher lank = LANK.matcher(Files.readString(fil));
            while (lank.find()) {
                String mal = lank.group(1);
                if (!mal.contains("://") && !mal.startsWith("mailto:") && !Files.exists(fil.getParent() == null
                        ? Path.of(mal) : fil.getParent().resolve(mal))) {
                    trasiga.add(fil + " → " + mal);
                }
            }
        }
        assertThat(trasiga).isEmpty();
    }
}
