package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riksnorm.support.Http;
import se.riksnorm.support.Tjanstprocess;

/**
 * The packaged service with the README's JVM flags (bench/jvm.options, MALLOC_ARENA_MAX=2) takes the heaviest
 * requests it can be sent, four at once, round after round: the largest request it accepts, one just inside the
 * buffered limit that is refused for its lists, one of 9.6 MB (the reliability review's, which ran the heap out),
 * and a batch of lines of 20 MB each. Every answer is a 2xx or a 4xx, and the process's peak resident memory
 * (VmHWM, the whole run including the start) stays under the README's figure of 256 MB. Rounds:
 * {@code -Driksnorm.memory.rounds} (5).
 */
class MinneIT {

    private static final int VARV = Integer.getInteger("riksnorm.memory.rounds", 5);
    private static final long README_MB = 256;
    private static final String BERAKNING = "/api/v1/berakningar/forsorjningsstod";
    private static final String SOKANDE = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]";

    @TempDir
    Path temp;

    @Test
    void fyraTyngstaBegaranSamtidigtHallerMinnetUnderReadmesSiffra() throws Exception {
        Map<String, Integer> utfall = new ConcurrentHashMap<>();
        try (Tjanstprocess tjanst = new Tjanstprocess(temp.resolve("riksnorm.db"), temp.resolve("tjanst.log"),
                Map.of("MALLOC_ARENA_MAX", "2"), Tjanstprocess.readmeFlaggor())) {
            Http http = tjanst.start();
            String storsta = storstaGiltiga();
            String listorOverGransen = SOKANDE + ",\"kostnader\":[" + String.join(",", Collections.nCopies(510 * 1024 / 29,
                    "{\"typ\":\"BOENDE\",\"belopp\":1}")) + "]}";
            String nioMb = SOKANDE + ",\"kostnader\":[" + String.join(",", Collections.nCopies(300_000, "{\"typ\":\"BOENDE\",\"belopp\":1}")) + "]}";
            String batch = String.join("\n", Collections.nCopies(4, "{\"kommun\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}"));
            List<Supplier<Http.Svar>> tyngsta = List.of(
                    () -> http.post(BERAKNING, "application/json", storsta),
                    () -> http.post(BERAKNING, "application/json", listorOverGransen),
                    () -> http.post(BERAKNING, "application/json", nioMb),
                    () -> http.skicka(http.ny(BERAKNING + "/batch").header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(batch)).build()));
            List<String> namn = List.of("största giltiga", "listor över gränsen", "9,6 MB", "batch 4 × 20 MB");
            ExecutorService pool = Executors.newFixedThreadPool(tyngsta.size());
            try {
                for (int varv = 0; varv < VARV; varv++) {
                    List<Future<Http.Svar>> svar = new ArrayList<>();
                    tyngsta.forEach(begaran -> svar.add(pool.submit(begaran::get)));
                    for (int i = 0; i < svar.size(); i++) {
                        utfall.merge(namn.get(i) + " " + svar.get(i).get().status(), 1, Integer::sum);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(http.get("/api/v1/ping").status()).isEqualTo(200);
            long topp = kilobyte(tjanst.pid(), "VmHWM");
            long nu = kilobyte(tjanst.pid(), "VmRSS");
            System.out.printf("MinneIT: %d rounds of 4 at once, answers %s; VmHWM %d MB, VmRSS %d MB after%n", VARV,
                    new TreeMap<>(utfall), topp / 1024, nu / 1024);

            assertThat(utfall.keySet()).as(utfall.toString()).allSatisfy(nyckel -> assertThat(nyckel).matches(".* [24]\\d\\d"));
            assertThat(utfall.get("största giltiga 200")).isEqualTo(VARV);
            assertThat(utfall.get("listor över gränsen 400")).isEqualTo(VARV);
            assertThat(utfall.get("9,6 MB 413")).isEqualTo(VARV);
            assertThat(topp / 1024).as("peak resident memory, MB (README: under " + README_MB + ")").isLessThan(README_MB);
        }
    }

    /** 120 costs and 120 incomes, each with a 200-character description written as JSON escapes: about 300 KiB. */
    private static String storstaGiltiga() {
        String beskrivning = "\\u00e5".repeat(200);
        String kostnad = "{\"typ\":\"BOENDE\",\"belopp\":1,\"beskrivning\":\"" + beskrivning + "\"}";
        String inkomst = "{\"typ\":\"OVRIG\",\"belopp\":1,\"beskrivning\":\"" + beskrivning + "\"}";
        return SOKANDE + ",\"kostnader\":[" + String.join(",", Collections.nCopies(120, kostnad)) + "],\"inkomster\":["
                + String.join(",", Collections.nCopies(120, inkomst)) + "]}";
    }

    private static long kilobyte(long pid, String falt) throws Exception {
        for (String rad : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (rad.startsWith(falt + ":")) {
                return Long.parseLong(rad.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException(falt + " saknas i /proc/" + pid + "/status");
    }
}
