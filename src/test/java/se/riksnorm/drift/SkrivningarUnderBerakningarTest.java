package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * The reliability review's busy.py: three clients store calculations as fast as they can while a sakkunnig and a
 * beslutsfattare go through their cycle (propose, confirm, adjust, decide, propose again, throw away). On SQLite
 * every write transaction takes the write lock at its start and waits for it, so the sakkunnig's writes queue
 * behind the stored calculations instead of failing with "database is locked": every answer is a success, and
 * every stored calculation is there. Cycles: {@code -Driksnorm.busy.cycles} (12).
 */
@MicronautTest(transactional = false)
class SkrivningarUnderBerakningarTest extends KorandeTjanst {

    private static final int CYKLER = Integer.getInteger("riksnorm.busy.cycles", 12);
    private static final int BERAKNARE = 3;
    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"},"
            + "{\"alder\":8,\"roll\":\"BARN\"}],\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":7200}]}";

    @Inject
    DataSource dataSource;

    @Test
    void sakkunnigasSkrivningarLyckasMedanHandlaggareSparar() throws Exception {
        Http http = http();
        assertThat(http.begaran("PUT", "/api/v1/riksnormer/2024", Files.readString(Path.of("src/test/resources/fall/riksnorm-2024.json")))
                .status()).isEqualTo(200);
        Map<String, Integer> utfall = new ConcurrentHashMap<>();
        AtomicBoolean igang = new AtomicBoolean(true);
        AtomicLong sparade = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(BERAKNARE);
        List<Future<?>> beraknare = new java.util.ArrayList<>();
        for (int i = 0; i < BERAKNARE; i++) {
            beraknare.add(pool.submit(() -> {
                while (igang.get()) {
                    Http.Svar svar = http.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL);
                    utfall.merge("spara " + svar.status(), 1, Integer::sum);
                    if (svar.status() == 201) {
                        sparade.incrementAndGet();
                    }
                }
            }));
        }
        try {
            int version = 0;
            for (int cykel = 0; cykel < CYKLER; cykel++) {
                Http.Svar skapat = rakna(utfall, "skapa", http.begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}"));
                Http.Svar bekraftat = rakna(utfall, "bekrafta", http.begaran("POST", skapat.location() + "/umgangesnorm/bekraftelse", "{}",
                        "If-Match", skapat.etag()));
                // one krona from kläder och skor to försäkring in 1–2 år: the column still sums to the riksnorm
                JsonNode tabell = skapat.json().get("tabell");
                Http.Svar andrat = rakna(utfall, "andra", http.begaran("PATCH", skapat.location(), "{\"motivering\":\"m\",\"celler\":["
                        + "{\"cell\":\"personliga_kostnader.klader_och_skor.ar_1_2\",\"kronor\":" + (post(tabell, "klader_och_skor") - 1)
                        + "},{\"cell\":\"personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2\",\"kronor\":"
                        + (post(tabell, "barn_och_ungdomsforsakring") + 1) + "}]}", "If-Match", bekraftat.etag()));
                rakna(utfall, "besluta", http.begaran("POST", skapat.location() + "/beslut", "{\"namnd\":\"SN\",\"datum\":\"2023-12-07\","
                        + "\"diarienummer\":\"SN23/" + cykel + "\"" + (version == 0 ? "" : ",\"ersatter\":" + version) + "}",
                        "If-Match", andrat.etag()));
                version++;
                Http.Svar annat = rakna(utfall, "skapa", http.begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}"));
                rakna(utfall, "kassera", http.begaran("DELETE", annat.location(), null, "If-Match", annat.etag()));
            }
        } finally {
            igang.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> f : beraknare) {
            f.get();
        }
        System.out.printf("SkrivningarUnderBerakningarTest: %s%n", new TreeMap<>(utfall));
        assertThat(utfall.keySet()).as("every answer: " + new TreeMap<>(utfall))
                .allSatisfy(nyckel -> assertThat(nyckel).matches(".* (200|201|204)"));
        assertThat(utfall.get("besluta 201")).isEqualTo(CYKLER);
        assertThat(sparade.get()).as("calculations stored beside the cycle").isGreaterThan(CYKLER);
        assertThat(Sql.tal(dataSource, "select count(*) from berakning")).isEqualTo(sparade.get());
        assertThat(Sql.tal(dataSource, "select count(*) from granskning where handling = 'BERAKNING_SPARAD'")).isEqualTo(sparade.get());
    }

    /** A post's amount in the 1–2 år column. */
    private static long post(JsonNode tabell, String post) {
        for (JsonNode p : tabell.get("personligaKostnader").get(1).get("poster")) {
            if (p.get("post").asText().equals(post)) {
                return p.get("kronor").asLong();
            }
        }
        throw new AssertionError(post);
    }

    private static Http.Svar rakna(Map<String, Integer> utfall, String steg, Http.Svar svar) {
        utfall.merge(steg + " " + svar.status(), 1, Integer::sum);
        assertThat(svar.status()).as(steg + ": " + svar.body()).isBetween(200, 299);
        return svar;
    }
}
