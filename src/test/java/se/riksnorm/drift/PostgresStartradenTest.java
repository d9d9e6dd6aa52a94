package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Bygget;
import se.riksnorm.support.Dokument;
import se.riksnorm.support.EgenDatabas;
import se.riksnorm.support.Http;
import se.riksnorm.support.Sql;

/**
 * docs/drift.md's start line for PostgreSQL: its variables are the ones the {@code postgres} environment reads
 * (application-postgres.yml), its jar is the one the build makes; and in the PostgreSQL pass of .ci/run a service
 * started that way (the environment it names, the variables as Micronaut reads the environment, their values the CI's
 * database) loads the norms into PostgreSQL and answers.
 */
@Tag(EgenDatabas.TAGG)
class PostgresStartradenTest {

    private static final Pattern VARIABEL = Pattern.compile("(\\w+)=(\\S+)\\s");
    private static final Pattern KRAVD = Pattern.compile("\\$\\{(\\w+)}");

    @Test
    void startradensVariablerArDePostgresmiljonLaserOchJarfilenByggets() throws IOException {
        Map<String, String> rad = startrad();
        Set<String> kravda = new TreeSet<>();
        Matcher m = KRAVD.matcher(Files.readString(Path.of("src/main/resources/application-" + rad.get("MICRONAUT_ENVIRONMENTS") + ".yml")));
        while (m.find()) {
            kravda.add(m.group(1));
        }

        assertThat(rad.keySet()).containsExactly("MICRONAUT_ENVIRONMENTS", "RIKSNORM_PG_URL", "RIKSNORM_PG_USER", "RIKSNORM_PG_PASSWORD");
        assertThat(new TreeSet<>(rad.keySet().stream().filter(n -> !n.startsWith("MICRONAUT_")).toList())).isEqualTo(kravda);
        assertThat(block().text()).contains("java -jar " + Bygget.jar() + "\n");
    }

    @Test
    void enTjanstStartadSomStartradenVisarArbetarIPostgres() {
        assumeThat(EgenDatabas.arSqlite()).as("the PostgreSQL pass of .ci/run").isFalse();
        Map<String, String> rad = startrad();
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Map<String, Object> miljo = new LinkedHashMap<>();
        for (String namn : rad.keySet()) {
            if (!namn.equals("MICRONAUT_ENVIRONMENTS")) {
                miljo.put(namn, System.getenv(namn));
            }
        }
        miljo.put("RIKSNORM_PG_URL", miljo.get("RIKSNORM_PG_URL") + "?currentSchema=" + schema);

        try (EmbeddedServer server = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(rad.get("MICRONAUT_ENVIRONMENTS"))
                .propertySources(
                        PropertySource.of("docs/drift.md: the start line", miljo, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE),
                        PropertySource.of("testets", Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                                "flyway.datasources.default.schemas", schema)))
                .run(EmbeddedServer.class)) {
            Http http = new Http(server.getURI());

            assertThat(http.get("/health/readiness").status()).isEqualTo(200);
            // 2023's riksnorm, read back from PostgreSQL: ensamstående 3 490 kr
            assertThat(http.get("/api/v1/riksnormer/2023").body()).contains("\"kolumn\":\"ensamstaende\"", "\"kronor\":3490");
            assertThat(Sql.text(server.getApplicationContext().getBean(DataSource.class), "select current_schema()")).isEqualTo(schema);
        }
    }

    private static Dokument.Block block() {
        return Dokument.las("docs/drift.md").avsnitt("**PostgreSQL for several replicas.**").block(0);
    }

    /** The variables the line sets before {@code java -jar}, in order. */
    private static Map<String, String> startrad() {
        String text = block().text().replace("\\\n", " ");
        Map<String, String> rad = new LinkedHashMap<>();
        Matcher m = VARIABEL.matcher(text.substring(0, text.indexOf("java -jar")));
        while (m.find()) {
            rad.put(m.group(1), m.group(2));
        }
        return rad;
    }
}
