package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.app.normer.NormLoadService;
import se.riksnorm.support.Http;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Sql;

/** Stored calculations and the NDJSON batch over HTTP (matnorm and umgängesnorm: fall/*.yaml, NormfallTest). */
@MicronautTest(transactional = false)
class BerakningApiTest extends EgnaNormer {

    private static final String ENSAM_2026 =
            "{\"kommun\":\"nykoping\",\"manad\":\"2026-03\",\"medlemmar\":[{\"id\":\"sökande\",\"alder\":40,\"roll\":\"SOKANDE\"}]}";


    @Inject
    NormLoadService loader;
    @Inject
    DataSource dataSource;

    @Test
    void ensparadBerakningHamtasIdentiskAvenNarNormernaAndrats() {
        Http.Svar sparad = http().post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", ENSAM_2026);
        assertThat(sparad.status()).as(sparad.body()).isEqualTo(201);
        String id = sparad.json().get("id").asText();
        // 3 940 + 1 280 = 5 220 (riksnorm 2026, preliminär)
        assertThat(sparad.json().get("summering").get("forsorjningsstod").asLong()).isEqualTo(5220);
        assertThat(Sql.tal(dataSource, "select count(*) from berakning where id = ?", id)).isEqualTo(1);
        assertThat(Sql.text(dataSource, "select begaran from berakning where id = ?", id)).doesNotContain("personnummer");

        // the published 2026 table arrives with another ensamstående amount
        ProjektetsNormer.andra(normer.resolve("riksnorm/2026.yaml"), "ensamstaende: {kronor: 3940", "ensamstaende: {kronor: 3950");
        loader.lasIn(normer, Anvandare.INLASNING);

        Http.Svar igen = http().get("/api/v1/berakningar/" + id);
        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.body()).isEqualTo(sparad.body());
        Http.Svar ny = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", ENSAM_2026);
        assertThat(ny.json().get("summering").get("forsorjningsstod").asLong()).isEqualTo(5230);
    }

    @Test
    void ingetSparasUtanAttDetBegarts() {
        long fore = Sql.tal(dataSource, "select count(*) from berakning");
        assertThat(http().post("/api/v1/berakningar/forsorjningsstod", "application/json", ENSAM_2026).json().get("id").isNull()).isTrue();
        assertThat(Sql.tal(dataSource, "select count(*) from berakning")).isEqualTo(fore);
    }

    @Test
    void okandOchOgiltigtId() {
        assertThat(http().get("/api/v1/berakningar/0b6f7c1e-3d2a-4f1b-9c8d-2e5f6a7b8c9d").status()).isEqualTo(404);
        Http.Svar ogiltigt = http().get("/api/v1/berakningar/..%2F..%2Fetc");
        assertThat(ogiltigt.status()).isEqualTo(400);
        assertThat(ogiltigt.json().get("falt").asText()).isEqualTo("id");
    }

    @Test
    void felaktigJsonOchFelMediatyp() {
        Http.Svar json = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", "{\"kommun\": \"nykoping\", ");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.arProblem()).isTrue();
        Http.Svar typ = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", "{\"kommun\": 7, \"medlemmar\": \"alla\"}");
        assertThat(typ.status()).isEqualTo(400);
        assertThat(typ.arProblem()).isTrue();
        Http.Svar media = http().post("/api/v1/berakningar/forsorjningsstod", "text/plain", ENSAM_2026);
        assertThat(media.status()).isEqualTo(415);
        Http.Svar tom = http().post("/api/v1/berakningar/forsorjningsstod", "application/json", "null");
        assertThat(tom.status()).isEqualTo(400);
    }

    @Test
    void batchSvararRadForRadOchFortsatterEfterFel() {
        String ndjson = String.join("\n",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}",
                "inte json",
                "",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":8,\"roll\":\"BARN\"}]}",
                "{\"kommun\":\"nykoping\",\"manad\":\"2022-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"},{\"alder\":8,\"roll\":\"BARN\"}]}")
                + "\n";
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod/batch", "application/x-ndjson", ndjson);
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.contentType()).startsWith("application/x-ndjson");
        var rader = svar.body().lines().map(r -> new Http.Svar(200, "", r, null).json()).toList();
        assertThat(rader).extracting(r -> r.get("rad").asInt()).containsExactly(1, 2, 4, 5);
        // 3 490 + 1 130 = 4 620
        assertThat(rader.get(0).get("resultat").get("summering").get("forsorjningsstod").asLong()).isEqualTo(4620);
        assertThat(rader.get(1).get("problem").get("status").asInt()).isEqualTo(400);
        // the same problem a single request that is not JSON gets, with the line's number, in Swedish
        assertThat(rader.get(1).get("problem").get("type").asText()).isEqualTo("urn:riksnorm:problem:ogiltig-json");
        assertThat(rader.get(1).get("problem").get("detail").asText()).startsWith("Rad 2: Begärans innehåll är inte giltig JSON");
        assertThat(rader.get(2).get("problem").get("status").asInt()).isEqualTo(422);
        // 3 210 + 3 110 + 1 150 = 7 470
        assertThat(rader.get(3).get("resultat").get("summering").get("forsorjningsstod").asLong()).isEqualTo(7470);
    }

    @Test
    void enStorBatchStrommas() {
        StringBuilder ndjson = new StringBuilder();
        int antal = 20_000;
        for (int i = 0; i < antal; i++) {
            ndjson.append("{\"kommun\":\"nykoping\",\"manad\":\"2023-0").append(1 + i % 9)
                    .append("\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"},{\"alder\":").append(i % 19)
                    .append(",\"roll\":\"BARN\"}]}\n");
        }
        Http.Svar svar = http().post("/api/v1/berakningar/forsorjningsstod/batch?detalj=summering", "application/x-ndjson",
                ndjson.toString());
        assertThat(svar.status()).isEqualTo(200);
        var rader = svar.body().lines().toList();
        assertThat(rader).hasSize(antal);
        assertThat(rader.get(antal - 1)).startsWith("{\"rad\":" + antal + ",\"resultat\":");
        assertThat(rader).noneMatch(r -> r.contains("\"problem\":{"));
    }
}
