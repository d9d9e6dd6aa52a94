package se.riksnorm.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;

/**
 * The reliability review's findings 9 and 11, at the HTTP level: what the server compresses with, what an Accept
 * with q=0 gets, how a kommun in NFD and a year with other digits are read, and what a client that trickles its
 * headers gets. The head time is 2 s here (10 s by default).
 */
@MicronautTest(transactional = false)
class HttpHygienTest extends KorandeTjanstMedNormer {

    private static final String TABELL = "/api/v1/kommuner/nykoping/fordelningar/2023";

    @Override
    protected Map<String, String> fler() {
        return Map.of("riksnorm.norms.directory", normer.toString(), "riksnorm.http.header-timeout", "2s");
    }

    @ParameterizedTest(name = "Accept-Encoding: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "ingen", value = {"*|gzip", "gzip, deflate|gzip", "deflate|deflate", "snappy|ingen",
            "br, zstd|ingen", "*;q=0|ingen", "gzip;q=0, *|deflate", "identity|ingen"})
    void enSvarskroppKomprimerasBaraMedGzipEllerDeflate(String accept, String kodning) {
        Http.Svar svar = http().skicka(http().ny(TABELL).header("Accept-Encoding", accept).GET().build());

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.rubrik("Content-Encoding")).isEqualTo(kodning);
    }

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(delimiter = '|', value = {"application/json;q=0|406", "*/*;q=0.1, application/json;q=0|406", "application/*;q=0|406",
            "application/json;q=0.5|200", "application/*;q=0, application/json|200", "*/*|200"})
    void ettSvarSomBegaranUteslutitMedQ0Skickas406(String accept, int status) {
        Http.Svar svar = http().get("/api/v1/kommuner/nykoping", accept);

        assertThat(svar.status()).as(svar.body()).isEqualTo(status);
        if (status == 406) {
            assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:svarstyp-stods-inte");
        }
    }

    @Test
    void enTabellHarEnEtikettOchIfNoneMatchGer304() {
        Http.Svar tabell = http().get(TABELL);
        Http.Svar version = http().get(TABELL + "/versioner/1");

        assertThat(tabell.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(version.etag()).matches("\"[0-9a-f]{32}\"").isNotEqualTo(tabell.etag());
        assertThat(http().get(TABELL).etag()).as("the same answer, the same tag").isEqualTo(tabell.etag());
        Http.Svar oforandrad = http().skicka(http().ny(TABELL).header("If-None-Match", tabell.etag()).GET().build());
        assertThat(oforandrad.status()).isEqualTo(304);
        assertThat(oforandrad.body()).isEmpty();
        assertThat(http().skicka(http().ny(TABELL).header("If-None-Match", "\"annan\"").GET().build()).status()).isEqualTo(200);
    }

    @Test
    void enKommunINfdArSammaKommun() {
        // "Nyköping" with o + U+0308 COMBINING DIAERESIS, as a Mac or some keyboards write it
        Http.Svar svar = http().get("/api/v1/kommuner/Nyko%CC%88ping");

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().get("id").asText()).isEqualTo("nykoping");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/api/v1/riksnormer/02023|ar", "/api/v1/riksnormer/%D9%A2%D9%A0%D9%A2%D9%A3|ar",
            "/api/v1/kommuner/nykoping/fordelningar/%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93|ar",
            "/api/v1/kommuner/nykoping/fordelningar/2023/versioner/01|version", "/api/v1/forslag/007|id"})
    void ettTalIVagenSkrivsMedSiffrorna0Till9UtanInledandeNollor(String sokvag, String falt) {
        Http.Svar svar = http().get(sokvag);

        assertThat(svar.status()).as(svar.body()).isEqualTo(400);
        assertThat(svar.json().get("falt").asText()).isEqualTo(falt);
    }

    @Test
    void enExportUnderEttAnnatSkrivsArtalGorIngenting() throws Exception {
        String fore = Files.readString(normer.resolve("kommuner/nykoping/2023.yaml"));

        Http.Svar svar = http().begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/%D9%A2%D9%A0%D9%A2%D9%A3/export", null);

        assertThat(svar.status()).isEqualTo(400);
        assertThat(Files.readString(normer.resolve("kommuner/nykoping/2023.yaml"))).isEqualTo(fore);
    }

    @Test
    void enKlientSomDropparRubrikerFar408OchAnslutningenStangs() throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream ut = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            ut.write("GET /api/v1/ping HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            // a header line every half second: never silent (the idle timeouts never fire), never done
            for (int i = 0; i < 40 && in.available() == 0; i++) {
                Thread.sleep(500);
                try {
                    ut.write(("X-Rad-" + i + ": droppar\r\n").getBytes(StandardCharsets.US_ASCII));
                    ut.flush();
                } catch (java.io.IOException stangd) {
                    break;
                }
            }
            String svar = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(svar).startsWith("HTTP/1.1 408 Request Timeout").contains("urn:riksnorm:problem:tiden-ute");
        }
    }
}
