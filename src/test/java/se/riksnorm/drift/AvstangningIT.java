package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riksnorm.support.Http;
import se.riksnorm.support.Tjanstprocess;

/**
 * SIGTERM during a long request: the request is answered to the end, then the process exits. The batch is sent
 * with curl, which reads the answer while it still uploads (as the service streams it).
 */
class AvstangningIT {

    private static final int RADER = 150_000;

    @TempDir
    Path temp;

    @Test
    void enPagaendeBatchBlirKlarForeAvstangningen() throws Exception {
        Path indata = temp.resolve("hushall.ndjson");
        Files.writeString(indata, IntStream.range(0, RADER).mapToObj(i -> "{\"kommun\":\"nykoping\",\"manad\":\"2023-0" + (1 + i % 9)
                + "\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"},{\"alder\":" + (i % 19) + ",\"roll\":\"BARN\"}]}")
                .collect(Collectors.joining("\n", "", "\n")));
        Path utdata = temp.resolve("svar.ndjson");
        try (Tjanstprocess tjanst = new Tjanstprocess(temp.resolve("riksnorm.db"), temp.resolve("tjanst.log"), Map.of())) {
            Http http = tjanst.start();
            Process curl = new ProcessBuilder("curl", "-sS", "--fail-with-body", "-X", "POST",
                    http.bas() + "/api/v1/berakningar/forsorjningsstod/batch?detalj=summering",
                    "-H", "Content-Type: application/x-ndjson", "-H", Http.API_NYCKEL + ": " + Tjanstprocess.NYCKEL,
                    "--data-binary", "@" + indata, "-o", utdata.toString()).redirectErrorStream(true).start();
            while (curl.isAlive() && (!Files.exists(utdata) || Files.size(utdata) == 0)) {
                Thread.sleep(10);
            }
            assertThat(curl.isAlive()).as("the batch is still under way when SIGTERM is sent").isTrue();

            int avslut = tjanst.stoppa();

            assertThat(curl.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(curl.exitValue()).as(new String(curl.getInputStream().readAllBytes())).isZero();
            try (var rader = Files.lines(utdata)) {
                assertThat(rader.count()).as("every line answered although SIGTERM came mid-way").isEqualTo(RADER);
            }
            assertThat(avslut).as("exit code after SIGTERM").isIn(0, 143);
        }
    }
}
