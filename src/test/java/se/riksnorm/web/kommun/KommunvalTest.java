package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * A kommun sets its choices through the API with the version it read: ETag on GET, If-Match required on PUT (428
 * without), a stale version refused 412 by the database's own UPDATE, nothing changed by a refusal; the new choice
 * governs the next calculation at once, and the change is audited with who, before and after.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KommunvalTest extends KorandeTjanst {

    private static final String VAL = "/api/v1/kommuner/stockholm/val";
    private static final String ANDEL = "{\"aldersbyte\":\"ALDER_FORSTA_DAGEN\",\"dagberakning\":\"ANDEL_AV_MANADEN\","
            + "\"umgangesnorm\":{\"regel\":\"PERSONLIGA_UTOM\",\"utom\":[\"klader_och_skor\",\"hygien\"],\"dagarPerAr\":\"365\","
            + "\"avrundning\":\"HALVT_UPPAT\"},\"hemmavarandeUngdom\":\"NEDAT\"}";

    @Inject
    DataSource dataSource;

    /** Stockholm 2026-03 (31 days): a parent, and a child of 8 who lives 15 days of the month in the household. */
    private long barnetsBelopp() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", "{\"kommun\":\"stockholm\","
                + "\"manad\":\"2026-03\",\"medlemmar\":[{\"id\":\"förälder\",\"alder\":40,\"roll\":\"SOKANDE\"},"
                + "{\"id\":\"barn\",\"alder\":8,\"roll\":\"BARN\",\"dagar\":15}]}");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        for (JsonNode rad : svar.json().get("rader")) {
            if ("barn".equals(rad.path("medlem").asText())) {
                return rad.get("kronor").asLong();
            }
        }
        throw new AssertionError(svar.body());
    }

    @Test
    @Order(1)
    void standardvalenMedEtag() {
        Http.Svar svar = http().get(VAL);
        assertThat(svar.status()).isEqualTo(200);
        JsonNode val = svar.json();
        assertThat(val.get("version").asInt()).isEqualTo(1);
        assertThat(val.get("ursprung").asText()).isEqualTo("STANDARD");
        assertThat(val.get("val").get("dagberakning").asText()).isEqualTo("DAGBELOPP_GANGER_DAGAR");
        assertThat(val.get("val").get("umgangesnorm").isNull()).isTrue();
        assertThat(val.get("umgangesregel").asText()).endsWith("(tjänstens standard)");
        // 7–10 år 3 820 × 12 / 365 = 125,59 → 126 kr per day × 15 days = 1 890
        assertThat(barnetsBelopp()).isEqualTo(1890);
    }

    @Test
    @Order(2)
    void utanIfMatchEllerMedGammalVersionAndrasIngenting() {
        String fore = Databasdump.av(dataSource);
        Http.Svar utan = http().begaran("PUT", VAL, ANDEL);
        assertThat(utan.status()).isEqualTo(428);
        assertThat(utan.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:villkor-kravs");
        Http.Svar gammal = http().begaran("PUT", VAL, ANDEL, "If-Match", "\"7\"");
        assertThat(gammal.status()).isEqualTo(412);
        assertThat(gammal.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:inaktuell-version");
        assertThat(gammal.json().get("detail").asText()).isEqualTo("Valen för Stockholm har ändrats sedan version 7 lästes; den är nu "
                + "version 1. Läs den igen och gör ändringen på nytt.");
        Http.Svar felVarde = http().begaran("PUT", VAL, ANDEL.replace("ANDEL_AV_MANADEN", "HALVA"), "If-Match", "\"1\"");
        assertThat(felVarde.status()).isEqualTo(400);
        assertThat(felVarde.json().get("falt").asText()).isEqualTo("dagberakning");
        Http.Svar annanKommun = http().som("test-sakkunnig").begaran("PUT", VAL, ANDEL, "If-Match", "\"1\"");
        assertThat(annanKommun.status()).isEqualTo(403);
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    @Test
    @Order(3)
    void nyaValGallerNastaBerakningOchGranskas() {
        Http.Svar svar = http().begaran("PUT", VAL, ANDEL, "If-Match", "\"1\"");
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().get("version").asInt()).isEqualTo(2);
        assertThat(svar.json().get("ursprung").asText()).isEqualTo("API");
        assertThat(svar.json().get("umgangesregel").asText())
                .isEqualTo("(summa personliga kostnader − kläder och skor − hygien) × 12 / 365, avrundat till närmaste krona");
        assertThat(http().get(VAL).json().get("val").toString()).isEqualTo(svar.json().get("val").toString());
        // 3 820 × 15 / 31 = 1 848,39 → 1 848
        assertThat(barnetsBelopp()).isEqualTo(1848);
        assertThat(Sql.text(dataSource, "select anvandare || ' ' || handling from granskning where objekt = 'kommun stockholm' "
                + "order by id desc")).isEqualTo("test-alla KOMMUN_VAL_ANDRADE");
        assertThat(Sql.text(dataSource, "select efter from granskning where objekt = 'kommun stockholm' order by id desc"))
                .contains("dagberäkning ANDEL_AV_MANADEN").contains("hemmavarande ungdom NEDAT");
        // the same If-Match a second time is stale now
        assertThat(http().begaran("PUT", VAL, ANDEL, "If-Match", "\"1\"").status()).isEqualTo(412);
    }
}
