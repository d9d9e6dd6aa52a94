package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * Two replicas on one database (two application contexts, each with its own pool and HTTP server, as two
 * processes on one PostgreSQL; on SQLite two pools on one file) write the same proposal at the same moment: a
 * barrier releases both requests together, round after round. Whatever the interleaving, exactly one write wins,
 * the other is refused with 409 or 412 and changes nothing, no acknowledged change is lost, no answer is 5xx, and
 * a decided table is exactly the proposal that was decided. Rounds: {@code -Driksnorm.race.rounds} (8).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamtidigaSkrivningarTest extends KorandeTjanst {

    private static final int VARV = Integer.getInteger("riksnorm.race.rounds", 8);
    private static final String KLADER = "personliga_kostnader.klader_och_skor.ar_1_2";
    private static final String FORSAKRING = "personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2";
    private static final String HYGIEN = "personliga_kostnader.hygien.ar_3";
    private static final String FRITID = "personliga_kostnader.fritid_och_lek.ar_3";

    @Inject
    DataSource dataSource;

    private ApplicationContext andra;
    private Http ett;
    private Http tva;
    private final ExecutorService tradar = Executors.newFixedThreadPool(2);
    /** Every answer of the races by status and problem type: a 409 samtidig-andring shows a race the database decided. */
    private final Map<String, Integer> utfall = new java.util.TreeMap<>();

    @BeforeAll
    void tvaRepliker() throws Exception {
        ett = http();
        Http.Svar publicerad = ett.begaran("PUT", "/api/v1/riksnormer/2024", Files.readString(Path.of("src/test/resources/fall/riksnorm-2024.json")));
        assertThat(publicerad.status()).as(publicerad.body()).isEqualTo(200);
        Map<String, Object> egenskaper = new HashMap<>(getProperties());
        egenskaper.put("riksnorm.norms.load-on-startup", false);
        egenskaper.put("riksnorm.norms.sync", "200ms");
        andra = ApplicationContext.run(EmbeddedServer.class, egenskaper, "test").getApplicationContext();
        tva = new Http(andra.getBean(EmbeddedServer.class).getURI()).som("test-alla");
        Normregister hos = andra.getBean(Normregister.class);
        Instant grans = Instant.now().plus(Duration.ofSeconds(20));
        while (hos.aktuell().riksnorm(2024).map(r -> !r.status().arLast()).orElse(true) && Instant.now().isBefore(grans)) {
            Thread.sleep(50);
        }
        assertThat(hos.aktuell().riksnorm(2024).orElseThrow().status().arLast()).as("replica 2 sees the published 2024").isTrue();
    }

    @AfterAll
    void stang() {
        System.out.printf("SamtidigaSkrivningarTest (%s, %d rounds per race): %s%n", arSqlite() ? "SQLite" : "PostgreSQL", VARV, utfall);
        tradar.shutdownNow();
        if (andra != null) {
            andra.close();
        }
    }

    @Test
    @Order(1)
    void tvaAndringarAvSammaVersionGerEnAndringOchEnVagran() throws Exception {
        for (int varv = 1; varv <= VARV; varv++) {
            Lage f = nyttForslag();
            List<Http.Svar> svar = samtidigt(
                    () -> ett.begaran("PATCH", f.sokvag(), andring(HYGIEN, 222), "If-Match", f.etag()),
                    () -> tva.begaran("PATCH", f.sokvag(), andring(FRITID, 111), "If-Match", f.etag()));

            String vad = "round " + varv + ": " + statusar(svar);
            assertThat(svar.stream().filter(s -> s.status() == 200)).as(vad).hasSize(1);
            assertThat(svar.stream().filter(s -> s.status() != 200)).as(vad)
                    .allSatisfy(s -> assertThat(s.status()).isIn(409, 412));
            boolean forstaVann = svar.get(0).status() == 200;
            // the acknowledged change is stored, the refused one is not
            assertThat(cell(f.id(), "hygien", "ar_3")).as(vad).isEqualTo(forstaVann ? 222 : cellFore(f, "hygien", "ar_3"));
            assertThat(cell(f.id(), "fritid_och_lek", "ar_3")).as(vad).isEqualTo(forstaVann ? cellFore(f, "fritid_och_lek", "ar_3") : 111);
            assertThat(handelser(f.id(), "CELLER_ANDRADE")).as(vad).isEqualTo(1);
            assertThat(ett.get(f.sokvag()).etag()).isEqualTo("\"forslag-" + f.id() + "-r3\"");
        }
    }

    @Test
    @Order(2)
    void ettBeslutOchEnAndringSamtidigtGerAntingenDetEnaEllerDetAndra() throws Exception {
        for (int varv = 1; varv <= VARV; varv++) {
            Lage f = nyttForslag();
            long fore = antalVersioner();
            String body = beslut();
            List<Http.Svar> svar = samtidigt(
                    () -> ett.begaran("POST", f.sokvag() + "/beslut", body, "If-Match", f.etag()),
                    () -> tva.begaran("PATCH", f.sokvag(), flytta(f), "If-Match", f.etag()));

            String vad = "round " + varv + ": " + statusar(svar);
            Http.Svar beslut = svar.get(0);
            Http.Svar andring = svar.get(1);
            assertThat(beslut.status() == 201 ^ andring.status() == 200).as(vad + ": exactly one succeeds").isTrue();
            JsonNode forslaget = ett.get(f.sokvag()).json();
            if (beslut.status() == 201) {
                long versioner = antalVersioner();
                assertThat(andring.status()).as(vad).isIn(409, 412);
                assertThat(forslaget.get("status").asText()).isEqualTo("BESLUTAD");
                // the decided table is the proposal as decided, without the refused change: 676 and 88 stay
                JsonNode beslutad = ett.get("/api/v1/kommuner/nykoping/fordelningar/2024/versioner/" + versioner).json().get("tabell");
                assertThat(post(beslutad, 1, "klader_och_skor")).as(vad).isEqualTo(cellFore(f, "klader_och_skor", "ar_1_2"));
                assertThat(post(forslaget.get("tabell"), 1, "klader_och_skor")).as(vad).isEqualTo(cellFore(f, "klader_och_skor", "ar_1_2"));
                assertThat(handelser(f.id(), "CELLER_ANDRADE")).as(vad).isZero();
            } else {
                assertThat(beslut.status()).as(vad).isIn(409, 412);
                assertThat(forslaget.get("status").asText()).isEqualTo("FORSLAG");
                assertThat(post(forslaget.get("tabell"), 1, "klader_och_skor")).as(vad).isEqualTo(cellFore(f, "klader_och_skor", "ar_1_2") - 1);
                assertThat(antalVersioner()).as(vad).isEqualTo(fore);
            }
        }
    }

    @Test
    @Order(3)
    void tvaBeslutSamtidigtGerEttBeslutOchEn409() throws Exception {
        for (int varv = 1; varv <= VARV; varv++) {
            Lage f = nyttForslag();
            long fore = antalVersioner();
            String body = beslut();
            List<Http.Svar> svar = samtidigt(
                    () -> ett.begaran("POST", f.sokvag() + "/beslut", body, "If-Match", f.etag()),
                    () -> tva.begaran("POST", f.sokvag() + "/beslut", body, "If-Match", f.etag()));

            String vad = "round " + varv + ": " + statusar(svar) + " " + svar.get(0).body() + " " + svar.get(1).body();
            assertThat(statusar(svar)).as(vad).containsExactlyInAnyOrder(201, 409);
            assertThat(antalVersioner()).as(vad).isEqualTo(fore + 1);
            assertThat(handelser(f.id(), "BESLUTAD")).as(vad).isEqualTo(1);
        }
    }

    @Test
    @Order(4)
    void enKasseringOchEnAndringSamtidigtGerAntingenDetEnaEllerDetAndra() throws Exception {
        for (int varv = 1; varv <= VARV; varv++) {
            Lage f = nyttForslag();
            List<Http.Svar> svar = samtidigt(
                    () -> ett.begaran("DELETE", f.sokvag(), null, "If-Match", f.etag()),
                    () -> tva.begaran("PATCH", f.sokvag(), andring(HYGIEN, 222), "If-Match", f.etag()));

            String vad = "round " + varv + ": " + statusar(svar);
            boolean kasserat = svar.get(0).status() == 204;
            assertThat(kasserat ^ svar.get(1).status() == 200).as(vad + ": exactly one succeeds").isTrue();
            assertThat(ett.get(f.sokvag()).status()).as(vad).isEqualTo(kasserat ? 404 : 200);
            assertThat(svar.get(kasserat ? 1 : 0).status()).as(vad).isIn(404, 409, 412);
            assertThat(handelser(f.id(), kasserat ? "CELLER_ANDRADE" : "FORSLAG_KASSERAT")).as(vad).isZero();
        }
    }

    @Test
    @Order(5)
    void varjeBekraftadSkrivningHarExaktEnPostIGranskningsloggen() {
        // every write of the rounds that was answered 2xx left one history entry and one audit entry; refused ones none
        assertThat(Sql.tal(dataSource, "select count(*) from handelse h where h.forslag_id is not null and not exists "
                + "(select 1 from granskning g where g.handelse_id = h.id)")).isZero();
        assertThat(Sql.tal(dataSource, "select count(*) from granskning where handelse_id is not null")).isEqualTo(
                Sql.tal(dataSource, "select count(*) from handelse"));
    }

    /** A new proposal for Nyköping 2024 with its umgängesnorm confirmed, made on replica 1. */
    private Lage nyttForslag() {
        Http.Svar skapat = ett.begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}");
        assertThat(skapat.status()).as(skapat.body()).isEqualTo(201);
        Http.Svar bekraftat = ett.begaran("POST", skapat.location() + "/umgangesnorm/bekraftelse", "{}", "If-Match", skapat.etag());
        assertThat(bekraftat.status()).as(bekraftat.body()).isEqualTo(200);
        return new Lage(skapat.json().get("id").asLong(), skapat.location(), bekraftat.etag(), bekraftat.json().get("tabell"));
    }

    private List<Http.Svar> samtidigt(Supplier<Http.Svar> a, Supplier<Http.Svar> b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Http.Svar> fa = tradar.submit(() -> {
            start.await();
            return a.get();
        });
        Future<Http.Svar> fb = tradar.submit(() -> {
            start.await();
            return b.get();
        });
        List<Http.Svar> svar = List.of(fa.get(), fb.get());
        svar.forEach(s -> utfall.merge(s.status() + (s.arProblem() ? " " + s.json().get("type").asText().replace("urn:riksnorm:problem:", "")
                : ""), 1, Integer::sum));
        assertThat(svar).as("no answer 5xx: " + svar).allSatisfy(s -> assertThat(s.status()).isLessThan(500));
        return svar;
    }

    private static List<Integer> statusar(List<Http.Svar> svar) {
        return new ArrayList<>(svar.stream().map(Http.Svar::status).toList());
    }

    private long cell(long forslag, String rad, String kolumn) {
        return Sql.tal(dataSource, "select kronor from forslag_cell where forslag_id = ? and tabell = 'PERSONLIGA_KOSTNADER' "
                + "and rad = ? and kolumn = ?", forslag, rad, kolumn);
    }

    private static long cellFore(Lage f, String post, String kolumn) {
        for (JsonNode k : f.tabell().get("personligaKostnader")) {
            if (k.get("kolumn").asText().equals(kolumn)) {
                for (JsonNode p : k.get("poster")) {
                    if (p.get("post").asText().equals(post)) {
                        return p.get("kronor").asLong();
                    }
                }
            }
        }
        throw new AssertionError(post + " " + kolumn);
    }

    /** The amount of a post in the personliga kostnader's column {@code kolumn} (0 = 0 år, 1 = 1–2 år …). */
    private static long post(JsonNode tabell, int kolumn, String post) {
        for (JsonNode p : tabell.get("personligaKostnader").get(kolumn).get("poster")) {
            if (p.get("post").asText().equals(post)) {
                return p.get("kronor").asLong();
            }
        }
        throw new AssertionError(post);
    }

    private long handelser(long forslag, String typ) {
        return Sql.tal(dataSource, "select count(*) from handelse where forslag_id = ? and typ = ?", forslag, typ);
    }

    private long antalVersioner() {
        return Sql.tal(dataSource, "select count(*) from fordelning where kommun = 'nykoping' and ar = 2024 and status = 'BESLUTAD'");
    }

    private static String andring(String cell, long kronor) {
        return "{\"motivering\":\"samtidig ändring\",\"celler\":[{\"cell\":\"" + cell + "\",\"kronor\":" + kronor + "}]}";
    }

    /** One krona from kläder och skor to försäkring in 1–2 år: the column still sums to the riksnorm. */
    private static String flytta(Lage f) {
        return "{\"motivering\":\"en krona flyttad\",\"celler\":[{\"cell\":\"" + KLADER + "\",\"kronor\":"
                + (cellFore(f, "klader_och_skor", "ar_1_2") - 1) + "},{\"cell\":\"" + FORSAKRING + "\",\"kronor\":"
                + (cellFore(f, "barn_och_ungdomsforsakring", "ar_1_2") + 1) + "}]}";
    }

    /** The decision; where the year is decided already, it names the version in force (the latest). */
    private String beslut() {
        long versioner = antalVersioner();
        return "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\",\"diarienummer\":\"SN23/41\""
                + (versioner == 0 ? "" : ",\"ersatter\":" + versioner) + "}";
    }

    private record Lage(long id, String sokvag, String etag, JsonNode tabell) {
    }
}
