package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * A full disk, made real with SQLite's own limit on the database's size (max_page_count: past it, a write that
 * needs a new page fails with SQLITE_FULL, as on a full disk): every write then answers 503 lagringen-full with
 * Retry-After, readiness goes DOWN, reads and unstored calculations go on; an administrator removes stored
 * calculations (which needs no new page), readiness comes back UP and writes succeed again. Nothing acknowledged
 * is lost, nothing refused is half-stored (the reliability review's finding 7).
 */
@MicronautTest(transactional = false)
class FullLagringTest extends KorandeTjanst {

    /** The loaded norms take about 50 pages of 4 KiB; this leaves room for some tens of stored calculations. */
    private static final String STORSTA_ANTAL_SIDOR = "120";
    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"},"
            + "{\"alder\":8,\"roll\":\"BARN\"},{\"alder\":3,\"roll\":\"BARN\"}],\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":7200}]}";

    @Inject
    DataSource dataSource;

    @Override
    protected Map<String, String> fler() {
        Map<String, String> fler = new HashMap<>();
        if (arSqlite()) {
            fler.put("datasources.default.data-source-properties.max_page_count", STORSTA_ANTAL_SIDOR);
        }
        return fler;
    }

    @BeforeAll
    void baraSqlite() {
        assumeTrue(arSqlite(), "the size limit is SQLite's; PostgreSQL's disk_full (53100) is mapped the same way (LagringsfelTest)");
    }

    @Test
    void enFullDatabasGer503OchInteRedoTillsUtrymmeFrigorts() throws InterruptedException {
        Http http = http();
        List<String> sparade = new ArrayList<>();
        Http.Svar svar = null;
        for (int i = 0; i < 1000; i++) {
            svar = http.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL);
            if (svar.status() != 201) {
                break;
            }
            sparade.add(svar.json().get("id").asText());
        }
        assertThat(sparade).as("stored before the limit").hasSizeGreaterThan(5);
        assertThat(svar.status()).as(svar.body()).isEqualTo(503);
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:lagringen-full");
        assertThat(svar.rubrik("Retry-After")).isNotNull();
        // every acknowledged write and its audit entry are there; the refused one is not, half or whole
        assertThat(Sql.tal(dataSource, "select count(*) from berakning")).isEqualTo(sparade.size());
        assertThat(Sql.tal(dataSource, "select count(*) from granskning where handling = 'BERAKNING_SPARAD'")).isEqualTo(sparade.size());

        // not ready while it lasts; reads and unstored calculations go on, the next store is refused the same way
        assertThat(http.anonym().get("/health/readiness").status()).isEqualTo(503);
        assertThat(http.get("/health/readiness").body()).contains("\"lagring\"").contains("FULL");
        assertThat(http.get("/api/v1/berakningar/" + sparade.get(0)).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/berakningar/forsorjningsstod", "application/json", HUSHALL).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL).status()).isEqualTo(503);
        assertThat(Sql.tal(dataSource, "select count(*) from berakning")).isEqualTo(sparade.size());

        // the administrator frees space: every calculation stored until now
        Http.Svar gallrat = http.som("test-administrator").begaran("DELETE", "/api/v1/berakningar?sparadFore="
                + Instant.now().plusSeconds(1), null);
        assertThat(gallrat.status()).as(gallrat.body()).isEqualTo(200);
        assertThat(gallrat.json().get("borttagna").asInt()).isEqualTo(sparade.size());

        // readiness probes the database at most once a second: it is UP again at the next probe
        Instant grans = Instant.now().plusSeconds(20);
        while (http.anonym().get("/health/readiness").status() != 200 && Instant.now().isBefore(grans)) {
            Thread.sleep(200);
        }
        assertThat(http.anonym().get("/health/readiness").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL).status()).isEqualTo(201);
        assertThat(Sql.text(dataSource, "select anvandare || ' ' || efter from granskning where handling = 'BERAKNINGAR_GALLRADE'"))
                .isEqualTo("test-administrator " + sparade.size() + " borttagna");
    }
}
