package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has run is never edited, not even a comment: Flyway keeps each applied migration's checksum and
 * refuses to start on a database whose migration has changed since. Every migration's SHA-256 is kept in
 * {@code src/test/resources/migreringar.sha256} (written with {@code sha256sum}); a new migration adds its line.
 */
class MigreringarAndrasIngetTest {

    private static final Path MIGRERINGAR = Path.of("src/main/resources/db/migration");

    @Test
    void ingenMigreringArAndradSedanDenSkrevs() throws Exception {
        Map<String, String> kanda = new TreeMap<>();
        for (String rad : Files.readAllLines(Path.of("src/test/resources/migreringar.sha256"))) {
            String[] delar = rad.split("\\s+", 2);
            kanda.put(delar[1].replaceFirst("^\\./", ""), delar[0]);
        }
        Map<String, String> nu;
        try (Stream<Path> filer = Files.walk(MIGRERINGAR)) {
            nu = filer.filter(f -> f.toString().endsWith(".sql")).collect(Collectors.toMap(
                    f -> MIGRERINGAR.relativize(f).toString().replace('\\', '/'), MigreringarAndrasIngetTest::sha256, (a, b) -> a,
                    TreeMap::new));
        }
        assertThat(nu).as("a migration's content changed, or one was added without its line in migreringar.sha256")
                .containsAllEntriesOf(kanda).hasSameSizeAs(kanda);
    }

    private static String sha256(Path fil) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(fil)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
