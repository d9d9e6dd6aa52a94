package se.riksnorm.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Gives a Micronaut test class its own SQLite file in a fresh temporary folder, so test classes never
 * share state and nothing lands in ./data. Subclasses may add properties.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EgenDatabas implements TestPropertyProvider {

    protected final Path tempKatalog;

    protected EgenDatabas() {
        try {
            tempKatalog = Files.createTempDirectory("riksnorm-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> egenskaper = new HashMap<>();
        egenskaper.put("riksnorm.database.path", tempKatalog.resolve("riksnorm.db").toString());
        egenskaper.putAll(fler());
        return egenskaper;
    }

    protected Map<String, String> fler() {
        return Map.of();
    }
}
