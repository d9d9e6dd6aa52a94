package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.upprakning.Beslutskalla;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.UpprakningStore;
import se.riksnorm.support.Http;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * Every wrong write of the uppräkning gets a 4xx problem+json naming the field, never a 500, and changes
 * nothing: no proposal, no history entry, no national table.
 */
@MicronautTest(transactional = false)
class UpprakningProblemTest extends KorandeTjanst {

    private static final String KALLA = "\"kalla\":{\"id\":\"regeringen-2030\",\"titel\":\"Regeringens beslut 2030\"}";
    private static final String PERSONLIGA = "\"personligaKostnader\":{\"ar_0\":1,\"ar_1_2\":1,\"ar_3\":1,\"ar_4_6\":1,\"ar_7_10\":1,"
            + "\"ar_11_14\":1,\"ar_15_18\":1,\"ar_19_20\":1,\"ensamstaende\":1,\"sammanboende\":2}";

    @Inject
    DataSource dataSource;
    @Inject
    ForslagService forslagTjanst;
    @Inject
    UpprakningStore store;
    @Inject
    Normregister register;

    @Test
    void ettBeslutSomFallerHalvvagsLamnarAllaTabellerSomDeVar() {
        Kommun nykoping = register.aktuell().kommun("nykoping").orElseThrow();
        Forslag forslag = forslagTjanst.skapa(nykoping, 2023, 2023, Anvandare.apiNyckel("anna.ulf"), null).forslag().medBekraftadUmgangesnorm();
        Beslut beslut = new Beslut("Socialnämnden", LocalDate.of(2023, 3, 1), null, "SN23/9", null, "Rättelse");
        Fordelning beslutad = forslag.beslutas(beslut, Beslutskalla.av(nykoping, 2023, beslut),
                register.aktuell().riksnorm(2023).orElseThrow(), List.of());
        long versioner = Sql.tal(dataSource, "select count(*) from fordelning");
        long handelser = Sql.tal(dataSource, "select count(*) from handelse");
        Handelse handelse = new Handelse(Handelsetyp.BESLUTAD, Anvandare.apiNyckel("anna.ulf"), Instant.now(), "x", forslag.id(), List.of());

        // the decision is checked against the versions as its transaction sees them: naming a version that is not
        // in force (7) fails the write, and nothing of it is stored
        assertThatThrownBy(() -> store.sparaBeslut(forslag, 1, beslutad, 7, handelse, null)).isInstanceOf(Vagran.class)
                .hasMessageContaining("Version 7 av Nyköping 2023 är inte längre den som gäller; den som gäller är version 1");

        assertThat(Sql.tal(dataSource, "select count(*) from kalla where id = 'nykoping-2023-sn23-9'")).isZero();
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning")).isEqualTo(versioner);
        assertThat(Sql.tal(dataSource, "select count(*) from handelse")).isEqualTo(handelser);
        assertThat(Sql.text(dataSource, "select status || ' r' || revision from forslag where id = ?", forslag.id()))
                .isEqualTo("FORSLAG r1");
    }

    static Stream<Arguments> fel() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "inte json", 400, "ogiltig-json", null),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":\"tjugo\"}", 400, "ogiltigt-varde", null),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "{}", 400, "ogiltigt-varde", "ar"),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2031}", 409, "forutsattning-saknas", "fran"),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2027,\"fran\":2026}", 409, "forutsattning-saknas", "fran"),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2023,\"fran\":2024}", 400, "ogiltigt-varde", "fran"),
                Arguments.of("POST", "/api/v1/kommuner/gotham/forslag", "{\"ar\":2024}", 404, "okand-kommun", "kommun"),
                Arguments.of("PATCH", "/api/v1/forslag/abc", "{}", 400, "ogiltigt-varde", "id"),
                Arguments.of("PATCH", "/api/v1/forslag/99", "{\"motivering\":\"x\",\"celler\":[{\"cell\":\"umgangesnorm.per_dag.ar_0\","
                        + "\"kronor\":1}]}", 404, "okand-forslag", "id"),
                Arguments.of("PATCH", "/api/v1/forslag/99", "{\"motivering\":\"x\",\"celler\":[null]}", 400, "ogiltigt-varde", "celler[0].kronor"),
                Arguments.of("PATCH", "/api/v1/forslag/99", "{\"motivering\":\"x\",\"celler\":[{\"cell\":\"a.b\",\"kronor\":1}]}",
                        400, "ogiltigt-varde", "celler[0].cell"),
                Arguments.of("PATCH", "/api/v1/forslag/99", "{\"celler\":[{\"cell\":\"umgangesnorm.per_dag.ar_0\",\"kronor\":1e30}]}",
                        400, "ogiltigt-varde", null),
                Arguments.of("POST", "/api/v1/forslag/99/beslut", "{\"namnd\":\"SN\",\"datum\":\"2023-13-01\",\"diarienummer\":\"1\"}",
                        404, "okand-forslag", "id"),
                Arguments.of("POST", "/api/v1/riksnormer/2019/forslag", "{\"procent\":\"2\"}", 409, "forutsattning-saknas", "ar"),
                Arguments.of("POST", "/api/v1/riksnormer/2027/forslag", "{\"procent\":\"-100\"}", 400, "ogiltigt-varde", "procent"),
                Arguments.of("POST", "/api/v1/riksnormer/2027/forslag", "{}", 400, "ogiltigt-varde", "procent"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{}", 400, "ogiltigt-varde", "kalla"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{\"kalla\":{\"id\":\"Regeringen 2030\"}}", 400, "ogiltigt-varde", "kalla.id"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{\"kalla\":{\"id\":\"ny-kalla\"}}", 400, "ogiltigt-varde", "kalla.titel"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{\"kalla\":{\"id\":\"sfs-2020-1013\",\"titel\":\"annan\"}}",
                        400, "ogiltigt-varde", "kalla.titel"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{" + KALLA + "}", 400, "ogiltigt-varde", "personligaKostnader.ar_0"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{\"kalla\":{\"id\":\"kodmodell-2024\"}," + PERSONLIGA + "}",
                        400, "ogiltigt-varde", "kalla.tillforlitlighet"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{" + KALLA + "," + PERSONLIGA.replace("\"ar_0\":1", "\"ar_0\":-1") + "}",
                        400, "ogiltigt-varde", "personligaKostnader.ar_0"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{" + KALLA + "," + PERSONLIGA.replace("}", ",\"ar_21\":1}") + "}",
                        400, "ogiltigt-varde", "personligaKostnader.ar_21"),
                Arguments.of("PUT", "/api/v1/riksnormer/2030", "{" + KALLA + "," + PERSONLIGA + ",\"gemensammaKostnader\":{\"1\":1,\"2\":2,"
                        + "\"3\":3,\"4\":4,\"5\":5,\"6\":6,\"7\":7}}", 409, "forutsattning-saknas", "ar"),
                Arguments.of("POST", "/api/v1/kommuner/nykoping/fordelningar/2021/export", null, 409, "forutsattning-saknas", "ar"));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} {4}")
    @MethodSource("fel")
    void felaktigaAndringarBesvarasMedProblemOchAndrarIngenting(String metod, String sokvag, String json, int status, String typ,
                                                                 String falt) {
        long handelser = Sql.tal(dataSource, "select count(*) from handelse");
        long forslag = Sql.tal(dataSource, "select count(*) from forslag");
        long riksnormer = Sql.tal(dataSource, "select count(*) from riksnorm");

        Http.Svar svar = http().begaran(metod, sokvag, json, "X-API-Key", "anna.ulf");

        assertThat(svar.status()).as(svar.body()).isEqualTo(status);
        assertThat(svar.arProblem()).as(svar.contentType()).isTrue();
        JsonNode problem = svar.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:riksnorm:problem:" + typ);
        assertThat(problem.get("detail").asText()).isNotBlank();
        if (falt != null) {
            assertThat(problem.get("falt").asText()).isEqualTo(falt);
        }
        assertThat(svar.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Sql.tal(dataSource, "select count(*) from handelse")).isEqualTo(handelser);
        assertThat(Sql.tal(dataSource, "select count(*) from forslag")).isEqualTo(forslag);
        assertThat(Sql.tal(dataSource, "select count(*) from riksnorm")).isEqualTo(riksnormer);
    }

    static Stream<Arguments> okandaNycklar() {
        return Stream.of(Arguments.of("   "), Arguments.of("x".repeat(101)), Arguments.of("anna-ulf"), Arguments.of("Anna.Ulf"));
    }

    @ParameterizedTest(name = "API-nyckeln \"{0}\" loggar inte in och ändrar ingenting")
    @MethodSource("okandaNycklar")
    void enOkandNyckelLoggarInteIn(String nyckel) {
        long forslag = Sql.tal(dataSource, "select count(*) from forslag");
        Http.Svar svar = http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}", "X-API-Key", nyckel);

        assertThat(svar.status()).isEqualTo(401);
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:ej-inloggad");
        assertThat(Sql.tal(dataSource, "select count(*) from forslag")).isEqualTo(forslag);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lasfel")
    void felaktigaLasningarBesvarasMedProblem(String sokvag, int status, String falt) {
        Http.Svar svar = http().get(sokvag);

        assertThat(svar.status()).as(svar.body()).isEqualTo(status);
        assertThat(svar.arProblem()).isTrue();
        assertThat(svar.json().get("falt").asText()).isEqualTo(falt);
    }

    static Stream<Arguments> lasfel() {
        return Stream.of(
                Arguments.of("/api/v1/forslag/1/bilaga.exe", 400, "format"),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2023/bilaga.docx", 400, "format"),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2021/bilaga.pdf", 404, "ar"),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2022/jamforelse", 409, "ar"),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2023/versioner/7", 404, "version"),
                Arguments.of("/api/v1/kommuner/nykoping/fordelningar/2021/historik", 404, "ar"),
                Arguments.of("/api/v1/riksnormer/2031/historik", 404, "ar"),
                Arguments.of("/api/v1/forslag/5/jamforelse", 404, "id"));
    }
}
