package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.support.Http;
import se.riksnorm.support.Prov2027;
import se.riksnorm.support.EgnaNormer;

/**
 * Two replicas on one database (as several replicas share PostgreSQL): a table one of them changes is seen
 * by the other within its synchronisation interval, without a restart.
 */
@MicronautTest(transactional = false)
class FleraReplikerTest extends EgnaNormer {

    FleraReplikerTest() {
        Prov2027.taBort(normer);
    }


    @Test
    void enAndringIEnReplikSynsIDenAndra() throws InterruptedException {
        Map<String, Object> andra = new HashMap<>(getProperties());
        andra.put("micronaut.server.port", -1);
        andra.put("riksnorm.norms.load-on-startup", false);
        andra.put("riksnorm.norms.sync", "200ms");
        try (ApplicationContext replik = ApplicationContext.run(andra, "test")) {
            Normregister hos = replik.getBean(Normregister.class);
            assertThat(hos.aktuell().riksnorm(2027)).isEmpty();

            Http.Svar svar = http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2027", Prov2027.PRELIMINAR_JSON);
            assertThat(svar.status()).as(svar.body()).isEqualTo(200);

            Instant grans = Instant.now().plus(Duration.ofSeconds(10));
            while (hos.aktuell().riksnorm(2027).isEmpty() && Instant.now().isBefore(grans)) {
                Thread.sleep(50);
            }
            assertThat(hos.aktuell().riksnorm(2027)).as("the other replica sees the entered 2027").isPresent();
        }
    }
}
