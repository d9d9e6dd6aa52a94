package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.ProjektetsNormer;

/** Health, readiness and metrics as an operator (and a Prometheus scraper with an administrator key) sees them. */
@MicronautTest(transactional = false)
class DriftTest extends KorandeTjanst {

    @Test
    void halsaOchBeredskapVisarNormerna() {
        Http.Svar anonym = http().anonym().get("/health/readiness");
        assertThat(anonym.status()).isEqualTo(200);
        assertThat(anonym.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc:sqlite");
        Http.Svar inloggad = http().som("test-administrator").get("/health/readiness");
        // 8 riksnorm years; Nyköping 2023's one finding (5 personer, 2 026 against 2 060)
        assertThat(inloggad.body()).contains("\"riksnormer\":" + ProjektetsNormer.riksnormsar().size()).contains("\"avvikelser\":1");
        assertThat(http().anonym().get("/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void prometheusVisarAnropBerakningarOchAvvikelser() {
        http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}");
        http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"manad\":\"2031-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}");

        Http.Svar matt = http().som("test-administrator").get("/prometheus");
        assertThat(matt.status()).isEqualTo(200);
        assertThat(matt.body())
                .contains("http_server_requests_seconds_count")
                .contains("riksnorm_berakningar_total{typ=\"forsorjningsstod\",utfall=\"beraknad\"}")
                .contains("riksnorm_berakningar_total{typ=\"forsorjningsstod\",utfall=\"avvisad\"}")
                .contains("riksnorm_normer_avvikelser 1.0")
                .contains("riksnorm_normer_riksnormer " + ProjektetsNormer.riksnormsar().size() + ".0");
        assertThat(http().som("test-handlaggare").get("/prometheus").status()).isEqualTo(403);
        assertThat(http().anonym().get("/prometheus").status()).isEqualTo(401);
    }
}
