package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.Http;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Prov2027;

/**
 * From 2027 the riksnorm is set from a referensvärde (prop. 2025/26:201, norms/regler/parametrar.yaml
 * riksnormens_grund): an uppräkning is a what-if only, and the year's table is entered, preliminary or published.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Riksnorm2027ApiTest extends EgnaNormer {

    Riksnorm2027ApiTest() {
        Prov2027.taBort(normer);
    }


    @Test
    @Order(1)
    void enUppraknadRiksnorm2027ArEttRaknaexempelSomInteLagras() {
        Http.Svar svar = http().post("/api/v1/riksnormer/2027/forslag", "application/json", "{\"procent\":\"0.7\"}");

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        JsonNode utfall = svar.json();
        assertThat(utfall.get("endastExempel").asBoolean()).isTrue();
        assertThat(utfall.get("meddelande").asText()).contains("Räkneexempel").contains("referensvärde").contains("Prop. 2025/26:201");
        // 3 940 × 1,007 = 3 967,58, up to 3 970: the arithmetic is shown, its source says it is a what-if
        assertThat(utfall.get("riksnorm").get("personligaKostnader").get(8).get("kronor").asLong()).isEqualTo(3970);
        assertThat(utfall.get("riksnorm").get("kallor").get(0).get("titel").asText()).startsWith("Räkneexempel, inte ett förslag");
        assertThat(http().get("/api/v1/riksnormer/2027").status()).as("nothing stored").isEqualTo(404);
        // 2026 is still set by uppräkning: its proposal is stored as before
        assertThat(http().post("/api/v1/riksnormer/2026/forslag", "application/json", "{\"procent\":\"0.7\"}").status()).isEqualTo(201);
    }

    @Test
    @Order(2)
    void utanTabellAvvisasEn2027ManadOchNamnerVadSomSaknas() {
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"manad\":\"2027-01\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}");

        assertThat(svar.status()).isEqualTo(422);
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:norm-saknas");
        assertThat(svar.json().get("detail").asText()).contains("ingen riksnorm för 2027-01").contains("referensvärde")
                .contains("PUT /api/v1/riksnormer/2027");

        // a period from December 2026 into January 2027 is refused whole, naming the month without norms
        Http.Svar period = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"fran\":\"2026-12-15\",\"till\":\"2027-01-14\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}");
        assertThat(period.status()).isEqualTo(422);
        assertThat(period.json().get("falt").asText()).isEqualTo("period");
        assertThat(period.json().get("detail").asText()).startsWith("Det finns ingen riksnorm för 2027-01.");
    }

    @Test
    @Order(3)
    void administratorenMatarInEnPreliminarTabellSakkunnigKanInte() {
        assertThat(http().som("test-sakkunnig").begaran("PUT", "/api/v1/riksnormer/2027", Prov2027.PRELIMINAR_JSON).status())
                .as("entering a national table stays the administrator's").isEqualTo(403);

        Http.Svar svar = http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2027", Prov2027.PRELIMINAR_JSON);

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        assertThat(svar.json().get("meddelande").asText()).startsWith("Riksnormen 2027 inmatad som preliminär");
        JsonNode riksnorm = http().get("/api/v1/riksnormer/2027").json();
        assertThat(riksnorm.get("status").asText()).isEqualTo("PRELIMINAR");
        assertThat(riksnorm.get("kallor").findValuesAsText("id")).contains("testets-2027");
        assertThat(http().get("/api/v1/riksnormer/2027/historik").json().get(0).get("typ").asText())
                .isEqualTo("RIKSNORM_PRELIMINAR_INMATAD");
        // 4 000 + 1 300 = 5 300, with the notes that the figures and the law are preliminary
        JsonNode berakning = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"manad\":\"2027-01\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}").json();
        assertThat(berakning.get("summering").get("forsorjningsstod").asLong()).isEqualTo(5300);
        assertThat(berakning.get("anmarkningar").findValuesAsText("kod")).contains("PRELIMINAR_RIKSNORM", "PRELIMINAR_REGEL");
        assertThat(berakning.get("normer").get("riksnormStatus").asText()).isEqualTo("PRELIMINAR");
    }

    @Test
    @Order(4)
    void enPreliminarTabellErsatterAldrigEnFaststalld() {
        String tabell2023 = Prov2027.PRELIMINAR_JSON;
        Http.Svar svar = http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2023", tabell2023);

        assertThat(svar.status()).isEqualTo(409);
        assertThat(svar.json().get("detail").asText()).contains("redan fastställd");
    }

    @Test
    @Order(5)
    void enPubliceradTabellKanInteHaEnHarleddKalla() {
        String faststalld = Prov2027.PRELIMINAR_JSON.replace("\"status\":\"PRELIMINAR\"", "\"status\":\"FASTSTALLD\"")
                .replace("\"id\":\"testets-2027\"", "\"id\":\"testets-andra-2027\"");
        Http.Svar svar = http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2027", faststalld);

        assertThat(svar.status()).isEqualTo(400);
        assertThat(svar.json().get("falt").asText()).isEqualTo("kalla.tillforlitlighet");
        assertThat(http().som("test-administrator").begaran("PUT", "/api/v1/riksnormer/2027",
                Prov2027.PRELIMINAR_JSON.replace("PRELIMINAR", "OKAND")).json().get("falt").asText()).isEqualTo("status");
    }
}
