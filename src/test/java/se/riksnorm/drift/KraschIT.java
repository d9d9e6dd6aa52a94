package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riksnorm.support.Http;
import se.riksnorm.support.Tjanstprocess;

/**
 * Crash safety on SQLite: the packaged service takes concurrent writes (three clients storing calculations, a
 * sakkunnig proposing, adjusting and deciding Nyköping's 2024 table beside them), is killed with SIGKILL mid-way,
 * restarted, and must show every acknowledged write, nothing half-written, an intact database and the tables
 * decided before unchanged. Every answer must be a success or a documented refusal (409, 412, 503 with
 * Retry-After); anything else fails the test. Cycles: {@code -Driksnorm.crash.cycles} (default 5).
 */
class KraschIT {

    private static final int CYKLER = Integer.getInteger("riksnorm.crash.cycles", 5);
    private static final int SKRIVARE = 3;

    @TempDir
    Path temp;

    @Test
    void ingenBekraftadSkrivningForsvinnerVidSigkill() throws Exception {
        Path databas = temp.resolve("riksnorm.db");
        Map<String, String> bekraftade = new ConcurrentHashMap<>();
        Map<String, Integer> utfall = new ConcurrentHashMap<>();
        SakkunnigUnderKrasch sakkunnig = new SakkunnigUnderKrasch(databas, utfall);
        String beslutadeFore = null;
        int skrivningar = 0;
        for (int cykel = 1; cykel <= CYKLER; cykel++) {
            try (Tjanstprocess tjanst = new Tjanstprocess(databas, temp.resolve("tjanst.log"), Map.of())) {
                Http http = tjanst.start();
                if (beslutadeFore == null) {
                    beslutadeFore = beslutadeCeller(databas);
                    Http.Svar publicerad = http.begaran("PUT", "/api/v1/riksnormer/2024",
                            Files.readString(Path.of("src/test/resources/fall/riksnorm-2024.json")));
                    assertThat(publicerad.status()).as(publicerad.body()).isEqualTo(200);
                }
                kontrollera(http, databas, bekraftade, beslutadeFore, cykel);
                sakkunnig.kontrollera(http, cykel);

                AtomicBoolean igang = new AtomicBoolean(true);
                ExecutorService pool = Executors.newFixedThreadPool(SKRIVARE + 1);
                for (int i = 0; i < SKRIVARE; i++) {
                    pool.submit(() -> {
                        while (igang.get()) {
                            try {
                                Http.Svar svar = http.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json",
                                        hushall(ThreadLocalRandom.current().nextInt(1, 9)));
                                utfall.merge("spara " + svar.status(), 1, Integer::sum);
                                if (svar.status() == 201) {
                                    bekraftade.put(svar.json().get("id").asText(), svar.body());
                                }
                            } catch (RuntimeException e) {
                                return; // the connection died with the process: that write was never acknowledged
                            }
                        }
                    });
                }
                pool.submit(() -> sakkunnig.arbeta(http, igang));
                Thread.sleep(ThreadLocalRandom.current().nextLong(600, 2000));
                tjanst.dodaHart();
                igang.set(false);
                pool.shutdown();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            skrivningar = bekraftade.size();
        }
        try (Tjanstprocess tjanst = new Tjanstprocess(databas, temp.resolve("tjanst.log"), Map.of())) {
            Http http = tjanst.start();
            kontrollera(http, databas, bekraftade, beslutadeFore, CYKLER + 1);
            sakkunnig.kontrollera(http, CYKLER + 1);
        }
        System.out.printf("KraschIT: %d SIGKILL cycles survived, %d acknowledged calculations and %d acknowledged proposal writes "
                + "all present; answers %s%n", CYKLER, skrivningar, sakkunnig.bekraftade(), new TreeMap<>(utfall));
        assertThat(skrivningar).as("the test must have written something to lose").isGreaterThan(CYKLER);
        assertThat(sakkunnig.bekraftade()).as("the sakkunnig must have written something to lose").isGreaterThan(CYKLER);
        assertThat(utfall.keySet()).as("every answer a success or a documented refusal: " + new TreeMap<>(utfall))
                .allSatisfy(nyckel -> assertThat(nyckel).matches(".* (200|201|204|409|412|503)"));
    }

    private static void kontrollera(Http http, Path databas, Map<String, String> bekraftade, String beslutadeFore, int cykel)
            throws Exception {
        assertThat(sql(databas, "pragma integrity_check")).as("cycle " + cykel).isEqualTo("ok");
        assertThat(beslutadeCeller(databas)).as("decided tables, cycle " + cykel).isEqualTo(beslutadeFore);
        for (Map.Entry<String, String> skrivning : bekraftade.entrySet()) {
            Http.Svar svar = http.get("/api/v1/berakningar/" + skrivning.getKey());
            assertThat(svar.status()).as("acknowledged write " + skrivning.getKey() + ", cycle " + cykel).isEqualTo(200);
            assertThat(svar.body()).isEqualTo(skrivning.getValue());
        }
        // nothing half-written: every stored answer is whole JSON
        assertThat(Long.parseLong(sql(databas, "select count(*) from berakning where json_valid(svar) = 0 or json_valid(begaran) = 0")))
                .isZero();
    }

    private static String beslutadeCeller(Path databas) throws Exception {
        return sql(databas, "select group_concat(f.kommun || f.ar || c.tabell || c.rad || c.kolumn || '=' || c.kronor, ';') "
                + "from fordelning f join fordelning_cell c on c.fordelning_id = f.id where f.status = 'BESLUTAD' and f.ar < 2024 "
                + "order by c.id");
    }

    static String sql(Path databas, String fraga) throws Exception {
        assertThat(Files.exists(databas)).isTrue();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databas);
             Statement statement = connection.createStatement(); ResultSet rad = statement.executeQuery(fraga)) {
            return rad.next() ? rad.getString(1) : null;
        }
    }

    private static String hushall(int barn) {
        StringBuilder medlemmar = new StringBuilder("{\"alder\":40,\"roll\":\"SOKANDE\"}");
        for (int i = 0; i < barn; i++) {
            medlemmar.append(",{\"alder\":").append(i * 2).append(",\"roll\":\"BARN\"}");
        }
        return "{\"kommun\":\"nykoping\",\"manad\":\"2023-0" + (1 + barn % 9) + "\",\"medlemmar\":[" + medlemmar
                + "],\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":" + (5000 + barn * 500) + "}]}";
    }
}
