package se.riksnorm.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Http;

/**
 * Every endpoint × every role → allowed, or 401 (not logged in) / 403 (logged in without the role), each
 * refusal as problem+json. The matrix must cover every operation of the OpenAPI contract.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollmatrisTest extends EgnaNormer {

    private static final String ANONYM = "anonym";
    private static final String H = "handlaggare";
    private static final String S = "sakkunnig";
    private static final String B = "beslutsfattare";
    private static final String A = "administrator";
    private static final List<String> VEM = List.of(ANONYM, H, S, B, A);
    private static final Set<String> ALLA = Set.of(ANONYM, H, S, B, A);
    private static final Set<String> INLOGGADE = Set.of(H, S, B, A);

    private static final String JSON = "application/json";
    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";

    /** One operation: method, the contract's path template, a concrete path, a body, and who may call it. */
    record Anrop(String metod, String mall, String sokvag, String body, String contentType, Set<String> far) {
    }

    static List<Anrop> matris() {
        List<Anrop> m = new ArrayList<>();
        // public: health, the documentation, the published national tables, the trivial endpoint
        m.add(new Anrop("GET", null, "/health", null, null, ALLA));
        m.add(new Anrop("GET", null, "/swagger/riksnorm-1.yml", null, null, ALLA));
        m.add(new Anrop("GET", null, "/swagger-ui/index.html", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/ping", "/api/v1/ping", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/riksnormer", "/api/v1/riksnormer", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}", "/api/v1/riksnormer/2023", null, null, ALLA));
        // reading a kommun's tables: every role
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}/historik", "/api/v1/riksnormer/2023/historik", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner", "/api/v1/kommuner", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}", "/api/v1/kommuner/nykoping", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar", "/api/v1/kommuner/nykoping/fordelningar", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}", "/api/v1/kommuner/nykoping/fordelningar/2023", null,
                null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/historik",
                "/api/v1/kommuner/nykoping/fordelningar/2023/historik", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/versioner/{version}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/versioner/1", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/jamforelse",
                "/api/v1/kommuner/nykoping/fordelningar/2023/jamforelse", null, null, INLOGGADE));
        // calculating: handläggare (and the sakkunnig, who checks a proposal's effect)
        m.add(new Anrop("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod", HUSHALL, JSON, Set.of(H, S)));
        m.add(new Anrop("GET", "/api/v1/berakningar/{id}", "/api/v1/berakningar/0b6f7c1e-3d2a-4f1b-9c8d-2e5f6a7b8c9d", null, null,
                Set.of(H, S)));
        // removing stored calculations before their retention time: administrators
        m.add(new Anrop("DELETE", "/api/v1/berakningar/{id}", "/api/v1/berakningar/0b6f7c1e-3d2a-4f1b-9c8d-2e5f6a7b8c9d", null, null,
                Set.of(A)));
        m.add(new Anrop("DELETE", "/api/v1/berakningar", "/api/v1/berakningar?sparadFore=2000-01-01", null, null, Set.of(A)));
        m.add(new Anrop("POST", "/api/v1/berakningar/matnorm", "/api/v1/berakningar/matnorm",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"dagar\":7,\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}", JSON,
                Set.of(H, S)));
        m.add(new Anrop("POST", "/api/v1/berakningar/umgangesnorm", "/api/v1/berakningar/umgangesnorm",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"barn\":[{\"alder\":8,\"roll\":\"UMGANGESBARN\",\"dagar\":2}]}", JSON,
                Set.of(H, S)));
        m.add(new Anrop("POST", "/api/v1/berakningar/forsorjningsstod/batch", "/api/v1/berakningar/forsorjningsstod/batch",
                HUSHALL + "\n", "application/x-ndjson", Set.of(H, S)));
        // proposing and adjusting: the sakkunnig; the beslutsfattare reads what is to be decided
        m.add(new Anrop("POST", "/api/v1/riksnormer/{ar}/forslag", "/api/v1/riksnormer/2024/forslag", "{\"procent\":\"8.7\"}", JSON,
                Set.of(S)));
        m.add(new Anrop("POST", "/api/v1/kommuner/{kommun}/forslag", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}", JSON,
                Set.of(S)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/forslag", "/api/v1/kommuner/nykoping/forslag", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}", "/api/v1/forslag/1", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/historik", "/api/v1/forslag/1/historik", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/jamforelse", "/api/v1/forslag/1/jamforelse", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/bilaga.{format}", "/api/v1/forslag/1/bilaga.pdf", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/jamforelse.{format}", "/api/v1/forslag/1/jamforelse.csv", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/bilaga.{format}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/bilaga.xlsx", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/jamforelse.{format}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/jamforelse.html", null, null, Set.of(S, B)));
        m.add(new Anrop("PATCH", "/api/v1/forslag/{id}", "/api/v1/forslag/1",
                "{\"motivering\":\"matris\",\"celler\":[{\"cell\":\"personliga_kostnader.livsmedel.ar_0\",\"kronor\":1}]}", JSON, Set.of(S)));
        m.add(new Anrop("POST", "/api/v1/forslag/{id}/umgangesnorm/bekraftelse", "/api/v1/forslag/1/umgangesnorm/bekraftelse", "{}",
                JSON, Set.of(S)));
        m.add(new Anrop("DELETE", "/api/v1/forslag/{id}", "/api/v1/forslag/999", null, null, Set.of(S)));
        // the budget impact of a caseload and the nämnd's papers: the sakkunnig prepares, the beslutsfattare reads
        m.add(new Anrop("POST", "/api/v1/kommuner/{kommun}/budgetpaverkan", "/api/v1/kommuner/nykoping/budgetpaverkan?fore=2023&efter=2024:riksnorm",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        m.add(new Anrop("POST", "/api/v1/kommuner/{kommun}/budgetpaverkan.{format}",
                "/api/v1/kommuner/nykoping/budgetpaverkan.png?fore=2023&efter=2024:riksnorm", "hushall;roll;alder\nH-1;SOKANDE;30\n",
                "text/csv", Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/budgetpaverkan/mall.csv", "/api/v1/budgetpaverkan/mall.csv", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/tjansteskrivelse.{format}", "/api/v1/forslag/1/tjansteskrivelse.html", null, null,
                Set.of(S, B)));
        m.add(new Anrop("POST", "/api/v1/forslag/{id}/tjansteskrivelse.{format}", "/api/v1/forslag/1/tjansteskrivelse.html",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/forslag/{id}/protokollsforslag.{format}", "/api/v1/forslag/1/protokollsforslag.html", null, null,
                Set.of(S, B)));
        m.add(new Anrop("POST", "/api/v1/forslag/{id}/protokollsforslag.{format}", "/api/v1/forslag/1/protokollsforslag.html",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        // deciding: the beslutsfattare
        m.add(new Anrop("POST", "/api/v1/forslag/{id}/beslut", "/api/v1/forslag/1/beslut", "{\"namnd\":\"Socialnämnden\"}", JSON,
                Set.of(B)));
        // exports to norms/: the sakkunnig writes, the administrator may read the file
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}/normfil", "/api/v1/riksnormer/2023/normfil", null, null, Set.of(S, A)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/normfil",
                "/api/v1/kommuner/nykoping/fordelningar/2023/normfil", null, null, Set.of(S, A)));
        m.add(new Anrop("POST", "/api/v1/riksnormer/{ar}/export", "/api/v1/riksnormer/2023/export", null, null, Set.of(S)));
        m.add(new Anrop("POST", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/export",
                "/api/v1/kommuner/nykoping/fordelningar/2023/export", null, null, Set.of(S)));
        // administration: importing, the published riksnorm, the audit log, metrics
        m.add(new Anrop("PUT", "/api/v1/riksnormer/{ar}", "/api/v1/riksnormer/2031", "{}", JSON, Set.of(A)));
        m.add(new Anrop("GET", "/api/v1/inlasning", "/api/v1/inlasning", null, null, Set.of(A)));
        m.add(new Anrop("POST", "/api/v1/inlasning", "/api/v1/inlasning", "{}", JSON, Set.of(A)));
        m.add(new Anrop("GET", "/api/v1/granskning", "/api/v1/granskning", null, null, Set.of(A)));
        m.add(new Anrop("GET", null, "/prometheus", null, null, Set.of(A)));
        return m;
    }

    @Test
    @Order(1)
    void varjeAnropMedVarjeRoll() {
        int provade = 0;
        for (Anrop anrop : matris()) {
            for (String vem : VEM) {
                Http klient = vem.equals(ANONYM) ? http().anonym() : http().som("test-" + vem);
                HttpRequest.Builder builder = klient.ny(anrop.sokvag()).method(anrop.metod(), anrop.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(anrop.body()));
                if (anrop.contentType() != null) {
                    builder.header("Content-Type", anrop.contentType());
                }
                Http.Svar svar = klient.skicka(builder.build());
                String vad = vem + " " + anrop.metod() + " " + anrop.sokvag() + " → " + svar.status() + " " + svar.body();
                if (anrop.far().contains(vem)) {
                    assertThat(svar.status()).as(vad).isNotIn(401, 403).isLessThan(500);
                } else {
                    assertThat(svar.status()).as(vad).isEqualTo(vem.equals(ANONYM) ? 401 : 403);
                    assertThat(svar.arProblem()).as(vad).isTrue();
                    assertThat(svar.json().get("type").asText()).as(vad)
                            .isEqualTo(vem.equals(ANONYM) ? "urn:riksnorm:problem:ej-inloggad" : "urn:riksnorm:problem:saknar-behorighet");
                }
                provade++;
            }
        }
        assertThat(provade).isEqualTo(matris().size() * VEM.size());
    }

    @Test
    @Order(2)
    void matrisenTackerVarjeOperationIKontraktet() throws IOException {
        JsonNode kontrakt = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/riksnorm-1.yml").toFile());
        Set<String> operationer = new TreeSet<>();
        kontrakt.get("paths").fields().forEachRemaining(sokvag -> sokvag.getValue().fieldNames().forEachRemaining(metod ->
                operationer.add(metod.toUpperCase(Locale.ROOT) + " " + sokvag.getKey())));
        Set<String> imatrisen = new LinkedHashSet<>();
        matris().stream().filter(a -> a.mall() != null).forEach(a -> imatrisen.add(a.metod() + " " + a.mall()));
        assertThat(new TreeSet<>(imatrisen)).isEqualTo(operationer);
    }
}
