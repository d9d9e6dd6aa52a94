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
import jakarta.inject.Inject;
import javax.sql.DataSource;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Http;

/**
 * Every operation × every role × the caller's own kommun or another's → allowed, or 401 (not logged in) / 403 (logged in
 * without the role, or for another kommun), each refusal as problem+json that changed nothing in the database (every
 * table compared before and after). The kommun-bound operations (a kommun's drafts, proposals, decisions, exports,
 * entered tables and choices, stored calculations) are allowed only for a caller that acts for the kommun; the national
 * ones only for the national administrator; reading published tables stays open. The matrix must cover every
 * operation of the OpenAPI contract.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollmatrisTest extends EgnaNormer {

    private static final String ANONYM = "anonym";
    private static final String H = "handlaggare";
    private static final String S = "sakkunnig";
    private static final String B = "beslutsfattare";
    private static final String A = "administrator";
    /** Each caller: anonymous, then each role for another kommun (Tranås) before its own (Nyköping, every path's kommun). */
    private static final List<Anropare> VEM = List.of(new Anropare(ANONYM, null, true), new Anropare(H, "test-handlaggare-tranas", false),
            new Anropare(H, "test-handlaggare", true), new Anropare(S, "test-sakkunnig-tranas", false),
            new Anropare(S, "test-sakkunnig", true), new Anropare(B, "test-beslutsfattare-tranas", false),
            new Anropare(B, "test-beslutsfattare", true), new Anropare(A, "test-administrator", true));
    private static final Set<String> ALLA = Set.of(ANONYM, H, S, B, A);
    private static final Set<String> INLOGGADE = Set.of(H, S, B, A);

    private static final String JSON = "application/json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";

    @Inject
    DataSource dataSource;

    /** Who calls: a role, its API key, and whether it acts for Nyköping (the kommun of every path and proposal below). */
    record Anropare(String roll, String nyckel, boolean egenKommun) {
    }

    /**
     * One operation: method, the contract's path template, a concrete path, a body, who may call it, and whether it is bound
     * to the kommun it concerns (then only a caller for that kommun may).
     */
    record Anrop(String metod, String mall, String sokvag, String body, String contentType, Set<String> far, boolean kommunbunden) {

        Anrop(String metod, String mall, String sokvag, String body, String contentType, Set<String> far) {
            this(metod, mall, sokvag, body, contentType, far, false);
        }

        static Anrop bunden(String metod, String mall, String sokvag, String body, String contentType, Set<String> far) {
            return new Anrop(metod, mall, sokvag, body, contentType, far, true);
        }
    }

    static List<Anrop> matris(String berakning) {
        List<Anrop> m = new ArrayList<>();
        // public: health, the documentation, the published national tables, the trivial endpoint
        m.add(new Anrop("GET", null, "/health", null, null, ALLA));
        m.add(new Anrop("GET", null, "/swagger/riksnorm-1.yml", null, null, ALLA));
        m.add(new Anrop("GET", null, "/swagger-ui/index.html", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/ping", "/api/v1/ping", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/riksnormer", "/api/v1/riksnormer", null, null, ALLA));
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}", "/api/v1/riksnormer/2023", null, null, ALLA));
        // reading a kommun's tables in force and its choices: every role, every kommun
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}/historik", "/api/v1/riksnormer/2023/historik", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner", "/api/v1/kommuner", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}", "/api/v1/kommuner/nykoping", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/val", "/api/v1/kommuner/nykoping/val", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar", "/api/v1/kommuner/nykoping/fordelningar", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}", "/api/v1/kommuner/nykoping/fordelningar/2023", null,
                null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/historik",
                "/api/v1/kommuner/nykoping/fordelningar/2023/historik", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/versioner/{version}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/versioner/1", null, null, INLOGGADE));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/jamforelse",
                "/api/v1/kommuner/nykoping/fordelningar/2023/jamforelse", null, null, INLOGGADE));
        // calculating: handläggare (and the sakkunnig, who checks a proposal's effect), for any kommun; storing and reading
        // a stored calculation only for one's own kommun
        m.add(new Anrop("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod", HUSHALL, JSON, Set.of(H, S)));
        m.add(Anrop.bunden("POST", "/api/v1/berakningar/forsorjningsstod", "/api/v1/berakningar/forsorjningsstod?spara=true", HUSHALL,
                JSON, Set.of(H, S)));
        m.add(Anrop.bunden("GET", "/api/v1/berakningar/{id}", "/api/v1/berakningar/" + berakning, null, null, Set.of(H, S)));
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
        // the national riksnorm: the national administrator
        m.add(new Anrop("POST", "/api/v1/riksnormer/{ar}/forslag", "/api/v1/riksnormer/2024/forslag", "{\"procent\":\"8.7\"}", JSON,
                Set.of(A)));
        // a kommun's proposals: its own sakkunnig proposes and adjusts, its own beslutsfattare reads and decides
        m.add(Anrop.bunden("POST", "/api/v1/kommuner/{kommun}/forslag", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}", JSON,
                Set.of(S)));
        m.add(Anrop.bunden("GET", "/api/v1/kommuner/{kommun}/forslag", "/api/v1/kommuner/nykoping/forslag", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}", "/api/v1/forslag/1", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/historik", "/api/v1/forslag/1/historik", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/jamforelse", "/api/v1/forslag/1/jamforelse", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/bilaga.{format}", "/api/v1/forslag/1/bilaga.pdf", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/jamforelse.{format}", "/api/v1/forslag/1/jamforelse.csv", null, null,
                Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/bilaga.{format}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/bilaga.xlsx", null, null, Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/jamforelse.{format}",
                "/api/v1/kommuner/nykoping/fordelningar/2023/jamforelse.html", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("PATCH", "/api/v1/forslag/{id}", "/api/v1/forslag/1",
                "{\"motivering\":\"matris\",\"celler\":[{\"cell\":\"personliga_kostnader.livsmedel.ar_0\",\"kronor\":1}]}", JSON, Set.of(S)));
        m.add(Anrop.bunden("POST", "/api/v1/forslag/{id}/umgangesnorm/bekraftelse", "/api/v1/forslag/1/umgangesnorm/bekraftelse", "{}",
                JSON, Set.of(S)));
        m.add(Anrop.bunden("POST", "/api/v1/forslag/{id}/overlamning", "/api/v1/forslag/1/overlamning", "{}", JSON, Set.of(S)));
        m.add(Anrop.bunden("DELETE", "/api/v1/forslag/{id}", "/api/v1/forslag/2", null, null, Set.of(S)));
        // the budget impact of a caseload and the nämnd's papers: the kommun's sakkunnig prepares, its beslutsfattare reads;
        // the template is the same for every kommun
        m.add(Anrop.bunden("POST", "/api/v1/kommuner/{kommun}/budgetpaverkan", "/api/v1/kommuner/nykoping/budgetpaverkan?fore=2023&efter=2024:riksnorm",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        m.add(Anrop.bunden("POST", "/api/v1/kommuner/{kommun}/budgetpaverkan.{format}",
                "/api/v1/kommuner/nykoping/budgetpaverkan.png?fore=2023&efter=2024:riksnorm", "hushall;roll;alder\nH-1;SOKANDE;30\n",
                "text/csv", Set.of(S, B)));
        m.add(new Anrop("GET", "/api/v1/budgetpaverkan/mall.csv", "/api/v1/budgetpaverkan/mall.csv", null, null, Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/tjansteskrivelse.{format}", "/api/v1/forslag/1/tjansteskrivelse.html", null, null,
                Set.of(S, B)));
        m.add(Anrop.bunden("POST", "/api/v1/forslag/{id}/tjansteskrivelse.{format}", "/api/v1/forslag/1/tjansteskrivelse.html",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        m.add(Anrop.bunden("GET", "/api/v1/forslag/{id}/protokollsforslag.{format}", "/api/v1/forslag/1/protokollsforslag.html", null, null,
                Set.of(S, B)));
        m.add(Anrop.bunden("POST", "/api/v1/forslag/{id}/protokollsforslag.{format}", "/api/v1/forslag/1/protokollsforslag.html",
                "hushall;roll;alder\nH-1;SOKANDE;30\n", "text/csv", Set.of(S, B)));
        // deciding: the beslutsfattare
        m.add(Anrop.bunden("POST", "/api/v1/forslag/{id}/beslut", "/api/v1/forslag/1/beslut", "{\"namnd\":\"Socialnämnden\"}", JSON,
                Set.of(B)));
        // a kommun's own table and choices: its sakkunnig enters a draft (XLSX/CSV) and sets the choices, its
        // beslutsfattare enters a decided table (JSON with beslut) and records a decision on a draft
        m.add(Anrop.bunden("PUT", "/api/v1/kommuner/{kommun}/val", "/api/v1/kommuner/nykoping/val",
                "{\"aldersbyte\":\"ALDER_FORSTA_DAGEN\",\"dagberakning\":\"DAGBELOPP_GANGER_DAGAR\"}", JSON, Set.of(S)));
        m.add(Anrop.bunden("PUT", "/api/v1/kommuner/{kommun}/fordelningar/{ar}", "/api/v1/kommuner/nykoping/fordelningar/2024",
                "inte en arbetsbok", XLSX, Set.of(S)));
        m.add(Anrop.bunden("PUT", "/api/v1/kommuner/{kommun}/fordelningar/{ar}", "/api/v1/kommuner/nykoping/fordelningar/2022",
                BESLUTAD_2022, JSON, Set.of(B)));
        m.add(Anrop.bunden("POST", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/beslut", "/api/v1/kommuner/nykoping/fordelningar/2024/beslut",
                "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\",\"diarienummer\":\"SN23/41\"}", JSON, Set.of(B)));
        // exports to norms/: a kommun's table by its own sakkunnig, the national table by the administrator; both may read the file
        m.add(new Anrop("GET", "/api/v1/riksnormer/{ar}/normfil", "/api/v1/riksnormer/2023/normfil", null, null, Set.of(S, A)));
        m.add(new Anrop("GET", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/normfil",
                "/api/v1/kommuner/nykoping/fordelningar/2023/normfil", null, null, Set.of(S, A)));
        m.add(new Anrop("POST", "/api/v1/riksnormer/{ar}/export", "/api/v1/riksnormer/2023/export", null, null, Set.of(A)));
        m.add(Anrop.bunden("POST", "/api/v1/kommuner/{kommun}/fordelningar/{ar}/export",
                "/api/v1/kommuner/nykoping/fordelningar/2023/export", null, null, Set.of(S)));
        // administration: importing, the published riksnorm, the audit log, metrics
        m.add(new Anrop("PUT", "/api/v1/riksnormer/{ar}", "/api/v1/riksnormer/2031", "{}", JSON, Set.of(A)));
        m.add(new Anrop("GET", "/api/v1/inlasning", "/api/v1/inlasning", null, null, Set.of(A)));
        m.add(new Anrop("POST", "/api/v1/inlasning", "/api/v1/inlasning", "{}", JSON, Set.of(A)));
        m.add(new Anrop("GET", "/api/v1/granskning", "/api/v1/granskning", null, null, Set.of(A)));
        m.add(new Anrop("GET", null, "/prometheus", null, null, Set.of(A)));
        return m;
    }

    /** Nyköping's decided 2022 table in the norms files' format, as JSON: a decided table entered by the beslutsfattare. */
    private static final String BESLUTAD_2022 = beslutad2022();

    private static String beslutad2022() {
        try {
            return new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("norms/kommuner/nykoping/2022.yaml").toFile()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void varjeAnropMedVarjeRollForEgenOchAnnanKommun() {
        // Nyköping's proposal 1 (to adjust and decide), 2 (to throw away), and a stored calculation
        assertThat(http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}").status()).isEqualTo(201);
        assertThat(http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}").status()).isEqualTo(201);
        String berakning = http().post("/api/v1/berakningar/forsorjningsstod?spara=true", JSON, HUSHALL).json().get("id").asText();
        for (Anrop anrop : matris(berakning)) {
            for (Anropare vem : VEM) {
                Http klient = vem.nyckel() == null ? http().anonym() : http().som(vem.nyckel());
                HttpRequest.Builder builder = klient.ny(anrop.sokvag()).method(anrop.metod(), anrop.body() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(anrop.body()));
                if (anrop.contentType() != null) {
                    builder.header("Content-Type", anrop.contentType());
                }
                String fore = Databasdump.av(dataSource);
                Http.Svar svar = klient.skicka(builder.build());
                String vad = vem + " " + anrop.metod() + " " + anrop.sokvag() + " → " + svar.status() + " " + svar.body();
                boolean far = anrop.far().contains(vem.roll()) && (vem.egenKommun() || !anrop.kommunbunden());
                if (far) {
                    assertThat(svar.status()).as(vad).isNotIn(401, 403).isLessThan(500);
                } else {
                    assertThat(svar.status()).as(vad).isEqualTo(vem.roll().equals(ANONYM) ? 401 : 403);
                    assertThat(svar.arProblem()).as(vad).isTrue();
                    assertThat(svar.json().get("type").asText()).as(vad)
                            .isEqualTo(vem.roll().equals(ANONYM) ? "urn:riksnorm:problem:ej-inloggad" : "urn:riksnorm:problem:saknar-behorighet");
                    assertThat(Databasdump.av(dataSource)).as("oförändrad databas efter " + vad).isEqualTo(fore);
                }
            }
        }
    }

    @Test
    @Order(2)
    void matrisenTackerVarjeOperationIKontraktet() throws IOException {
        JsonNode kontrakt = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/riksnorm-1.yml").toFile());
        Set<String> operationer = new TreeSet<>();
        kontrakt.get("paths").fields().forEachRemaining(sokvag -> sokvag.getValue().fieldNames().forEachRemaining(metod ->
                operationer.add(metod.toUpperCase(Locale.ROOT) + " " + sokvag.getKey())));
        Set<String> imatrisen = new LinkedHashSet<>();
        matris("id").stream().filter(a -> a.mall() != null).forEach(a -> imatrisen.add(a.metod() + " " + a.mall()));
        assertThat(new TreeSet<>(imatrisen)).isEqualTo(operationer);
    }
}
