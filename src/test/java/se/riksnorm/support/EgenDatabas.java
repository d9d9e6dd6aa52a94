package se.riksnorm.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * Gives a Micronaut test class its own database: a SQLite file in a fresh temporary folder, or, when the
 * tests run against PostgreSQL ({@code -Driksnorm.test.database=postgres}, see .ci/run), its own schema in
 * the PostgreSQL of {@code RIKSNORM_PG_URL}. Test classes never share state and nothing lands in ./data.
 * Every such class is a persistence test, run on both databases (tag {@value #TAGG}).
 */
@Tag(EgenDatabas.TAGG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EgenDatabas implements TestPropertyProvider {

    public static final String TAGG = "databas";

    protected final Path tempKatalog;

    protected EgenDatabas() {
        try {
            tempKatalog = Files.createTempDirectory("riksnorm-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this run's database is the embedded SQLite (else PostgreSQL); the key before issue 13.3, riksnorm.test.databas, is still read. */
    public static boolean arSqlite() {
        return !"postgres".equals(System.getProperty("riksnorm.test.database", System.getProperty("riksnorm.test.databas", "sqlite")).toLowerCase(Locale.ROOT));
    }

    private Map<String, String> egenskaper;

    /** The same database every time it is asked: a second context of the test (another replica) shares it. */
    @Override
    public Map<String, String> getProperties() {
        if (egenskaper == null) {
            egenskaper = Map.copyOf(nyaEgenskaper());
        }
        return egenskaper;
    }

    private Map<String, String> nyaEgenskaper() {
        Map<String, String> egenskaper = new HashMap<>();
        egenskaper.put("riksnorm.database.path", tempKatalog.resolve("riksnorm.db").toString());
        if (!arSqlite()) {
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            String url = miljo("RIKSNORM_PG_URL");
            egenskaper.put("riksnorm.database.dialect", "postgres");
            egenskaper.put("riksnorm.database.migrations", "postgresql");
            egenskaper.put("datasources.default.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            egenskaper.put("datasources.default.username", miljo("RIKSNORM_PG_USER"));
            egenskaper.put("datasources.default.password", miljo("RIKSNORM_PG_PASSWORD"));
            egenskaper.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            egenskaper.put("flyway.datasources.default.schemas", schema);
        }
        egenskaper.putAll(fler());
        return egenskaper;
    }

    protected Map<String, String> fler() {
        return Map.of();
    }

    private static String miljo(String namn) {
        String varde = System.getenv(namn);
        if (varde == null) {
            throw new IllegalStateException(namn + " saknas: starta PostgreSQL med eval \"$(bash .ci/postgres start)\"");
        }
        return varde;
    }
}
