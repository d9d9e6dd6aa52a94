package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * Stored calculations are kept 730 days (riksnorm.calculations.retention) and then removed by the service itself; an
 * administrator removes one, or all before a day, sooner. Each removal is in the audit log with who.
 */
@MicronautTest(transactional = false)
class GallringTest extends KorandeTjanst {

    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";

    @Inject
    DataSource dataSource;
    @Inject
    Gallring gallring;

    @Test
    void enBerakningAldreAnBevarandetidenTasBortAvTjanstenSjalv() {
        List<String> id = spara(3);
        // the first was stored 731 days ago, the second 729: only the first is past the retention time
        flytta(id.get(0), 731);
        flytta(id.get(1), 729);

        gallring.gallraEfterBevarandetiden();

        assertThat(http().get("/api/v1/berakningar/" + id.get(0)).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/berakningar/" + id.get(1)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/berakningar/" + id.get(2)).status()).isEqualTo(200);
        assertThat(Sql.text(dataSource, "select anvandare || ' | ' || anvandartyp || ' | ' || efter from granskning "
                + "where handling = 'BERAKNINGAR_GALLRADE'")).isEqualTo("gallring av sparade beräkningar | SYSTEM | 1 borttagna");
    }

    @Test
    void enAdministratorTarBortEnBerakning() {
        String id = spara(1).get(0);
        Http admin = http().som("test-administrator");

        assertThat(admin.begaran("DELETE", "/api/v1/berakningar/" + id, null).status()).isEqualTo(204);

        assertThat(http().get("/api/v1/berakningar/" + id).status()).isEqualTo(404);
        assertThat(admin.begaran("DELETE", "/api/v1/berakningar/" + id, null).status()).isEqualTo(404);
        assertThat(Sql.text(dataSource, "select anvandare || ' ' || handling from granskning where objekt = ? order by id desc limit 1",
                "beräkning " + id)).isEqualTo("test-administrator BERAKNING_BORTTAGEN");
        assertThat(admin.begaran("DELETE", "/api/v1/berakningar?sparadFore=i-går", null).json().get("falt").asText()).isEqualTo("sparadFore");
    }

    private List<String> spara(int antal) {
        List<String> id = new ArrayList<>();
        for (int i = 0; i < antal; i++) {
            Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL);
            assertThat(svar.status()).isEqualTo(201);
            id.add(svar.json().get("id").asText());
        }
        return id;
    }

    /** Moves a stored calculation's time back, as if it had been stored that many days ago. */
    private void flytta(String id, int dagar) {
        Sql.uppdatera(dataSource, "update berakning set sparad = ? where id = ?",
                java.time.Instant.now().minus(java.time.Duration.ofDays(dagar)).toString(), id);
    }
}
