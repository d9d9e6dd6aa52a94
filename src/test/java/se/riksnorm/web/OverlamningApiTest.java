package se.riksnorm.web;

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

/**
 * The hand-over of a proposal for decision through the API (the pages' "Lämna över för beslut"): the sakkunnig of
 * the kommun, on the version read (If-Match), refused while something hinders a decision, recorded in the
 * proposal's history and the audit log with who.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverlamningApiTest extends KorandeTjanst {

    private static final String SAKKUNNIG = "test-sakkunnig";
    private static String sokvag;

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void utanIfMatchOchMedHinderLamnasIngetOver() {
        Http.Svar skapat = http().som(SAKKUNNIG).begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}");
        assertThat(skapat.status()).as(skapat.body()).isEqualTo(201);
        sokvag = "/api/v1/forslag/" + skapat.json().get("id").asText();
        String fore = Databasdump.av(dataSource);

        Http.Svar utan = http().begaran("POST", sokvag + "/overlamning", "{}", Http.API_NYCKEL, SAKKUNNIG);
        assertThat(utan.status()).as(utan.body()).isEqualTo(428);
        assertThat(utan.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:villkor-kravs");

        // 2024 from 2023 sums exactly (no findings), but the umgängesnorm the rule proposed is not yet confirmed
        Http.Svar hinder = http().andraForslag("POST", sokvag + "/overlamning", "{}", Http.API_NYCKEL, SAKKUNNIG);
        assertThat(hinder.status()).as(hinder.body()).isEqualTo(409);
        assertThat(hinder.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:beslut-hindras");
        assertThat(hinder.json().get("detail").asText()).contains("kan inte lämnas över för beslut ännu", "Umgängesnormen är inte bekräftad.");
        assertThat(Databasdump.av(dataSource)).as("nothing changed by the refusals").isEqualTo(fore);
    }

    @Test
    @Order(2)
    void enInaktuellVersionLamnarIngetOver() {
        String last = http().get(sokvag).etag();
        assertThat(http().andraForslag("POST", sokvag + "/umgangesnorm/bekraftelse", "{}", Http.API_NYCKEL, SAKKUNNIG).status()).isEqualTo(200);
        String fore = Databasdump.av(dataSource);

        Http.Svar inaktuell = http().begaran("POST", sokvag + "/overlamning", "{}", Http.API_NYCKEL, SAKKUNNIG, "If-Match", last);
        assertThat(inaktuell.status()).as(inaktuell.body()).isEqualTo(412);
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    @Test
    @Order(3)
    void sakkunnigLamnarOverOchDetSparasMedVem() {
        String etag = http().get(sokvag).etag();
        Http.Svar svar = http().begaran("POST", sokvag + "/overlamning", "{\"motivering\":\"Till nämnden 7 december\"}", Http.API_NYCKEL,
                SAKKUNNIG, "If-Match", etag);

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.etag()).as("a new version: a change made on the old one is refused").isNotEqualTo(etag);
        JsonNode historik = http().get(sokvag + "/historik").json();
        JsonNode overlamnat = historik.get(historik.size() - 1);
        assertThat(overlamnat.get("typ").asText()).isEqualTo("OVERLAMNAT_FOR_BESLUT");
        assertThat(overlamnat.get("anvandare").asText()).isEqualTo(SAKKUNNIG);
        assertThat(overlamnat.get("motivering").asText()).isEqualTo("Till nämnden 7 december");
        JsonNode logg = http().get("/api/v1/granskning?anvandare=" + SAKKUNNIG).json().get("poster");
        assertThat(logg.findValuesAsText("handling")).contains("OVERLAMNAT_FOR_BESLUT");
        assertThat(logg.get(0).get("inloggning").asText()).isEqualTo("API_NYCKEL");
    }
}
