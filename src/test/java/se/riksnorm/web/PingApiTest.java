package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/** The trivial endpoint the benchmarks compare the calculation with (bench/run). */
@MicronautTest(transactional = false)
class PingApiTest extends KorandeTjanst {

    @Test
    void svararPong() {
        Http.Svar svar = http().get("/api/v1/ping");
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.contentType()).startsWith("text/plain");
        assertThat(svar.body()).isEqualTo("pong");
    }
}
