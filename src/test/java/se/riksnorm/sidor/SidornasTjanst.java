package se.riksnorm.sidor;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import se.riksnorm.support.ProjektetsNormer;

/**
 * The running service for the browser tests, on its own SQLite database and its own copy of norms/ (every kommun;
 * Tranås, the second kommun of the tests, has no tables), and one Chromium for the whole class. Not a persistence test: it runs once, on SQLite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SidornasTjanst implements TestPropertyProvider {

    protected final Path katalog;
    protected final Path normer;

    @Inject
    protected EmbeddedServer server;

    protected Webblasare webblasare;

    protected SidornasTjanst() {
        try {
            katalog = Files.createTempDirectory("riksnorm-sidor");
            normer = ProjektetsNormer.kopia(katalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> egenskaper = new HashMap<>();
        egenskaper.put("riksnorm.database.path", katalog.resolve("riksnorm.db").toString());
        egenskaper.put("riksnorm.norms.directory", normer.toString());
        egenskaper.putAll(fler());
        return egenskaper;
    }

    protected Map<String, String> fler() {
        return Map.of();
    }

    @BeforeAll
    protected void startaWebblasaren() {
        webblasare = new Webblasare(server.getURI().toString());
    }

    @AfterAll
    void stangWebblasaren() {
        if (webblasare != null) {
            webblasare.close();
        }
    }
}
