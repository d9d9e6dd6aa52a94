package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.riksnorm.support.Dokument;
import se.riksnorm.support.Http;
import se.riksnorm.support.Sql;

/**
 * docs/drift.md's "Running it for real" as an operator follows it: a service started outside the {@code dev} and
 * {@code test} environments, configured with exactly the document's API-key block (read as Micronaut reads an
 * {@code application-prod.yml}) and its exported variables (read as Micronaut reads the environment: the same
 * property source convention), the identity provider's keys served by the test at the document's path. Then the key,
 * its kommun, the token's issuer, audience, name and kommun claims are tried, and the backup commands run on the
 * running service's database as printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftexemplenTest {

    private static final Dokument DRIFT = Dokument.las("docs/drift.md").avsnitt("## Running it for real");
    private static final Pattern EXPORT = Pattern.compile("^export (\\w+)=(\\S+)", Pattern.MULTILINE);
    private static final String HUSHALL = "{\"kommun\":\"%s\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";

    private Path temp;

    private Map<String, String> exporter;
    private RSAKey idp;
    private HttpServer jwks;
    private ApplicationContext tjanst;
    private Http http;

    @BeforeAll
    void starta() throws IOException, JOSEException {
        temp = Files.createTempDirectory("riksnorm-drift");
        exporter = exporter(DRIFT.avsnitt("**Login with the kommun's identity provider").block(0));
        idp = new RSAKeyGenerator(2048).keyID("kommunens-idp").generate();
        String jwksUrl = export("_URL");
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext(java.net.URI.create(jwksUrl).getPath(), utbyte -> {
            byte[] nycklar = new JWKSet(idp.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            utbyte.getResponseHeaders().add("Content-Type", "application/json");
            utbyte.sendResponseHeaders(200, nycklar.length);
            utbyte.getResponseBody().write(nycklar);
            utbyte.close();
        });
        jwks.start();
        Map<String, Object> miljo = new LinkedHashMap<>(exporter);
        miljo.put(namn("_URL"),
                jwksUrl.replaceFirst("^https://[^/]+", "http://127.0.0.1:" + jwks.getAddress().getPort()));
        Map<String, Object> prod = new YamlPropertySourceLoader().read("application-prod.yml",
                new ByteArrayInputStream(apiNycklar().text().getBytes(StandardCharsets.UTF_8)));

        EmbeddedServer server = ApplicationContext.builder()
                .deduceEnvironment(false)
                .propertySources(
                        PropertySource.of("docs/drift.md: export", miljo, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE),
                        PropertySource.of("docs/drift.md: application-prod.yml", prod),
                        PropertySource.of("testets", Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                                "riksnorm.database.path", temp.resolve("riksnorm.db").toString())))
                .run(EmbeddedServer.class);
        tjanst = server.getApplicationContext();
        http = new Http(server.getURI());
    }

    @AfterAll
    void stoppa() {
        if (tjanst != null) {
            tjanst.close();
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void hashenArDenTrycktaNyckelns() throws IOException, InterruptedException {
        Dokument nycklar = DRIFT.avsnitt("**API keys**");

        assertThat(kor(nycklar.block(0).text())).isEqualTo(nycklar.block(1).text());
        assertThat(apiNycklar().text()).contains("sha256: " + nycklar.block(1).text().split(" ")[0] + "\n");
    }

    @Test
    void apiNyckelnSpararForSinKommunOchNekasForEnAnnan() {
        Http system = http.som(DRIFT.kodEfter("The system sends the key itself,").replaceFirst("^X-API-Key: ", ""));

        Http.Svar egen = system.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL.formatted("tranas"));
        Http.Svar annan = system.post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL.formatted("nykoping"));
        Http.Svar oppen = system.post("/api/v1/berakningar/forsorjningsstod", "application/json", HUSHALL.formatted("nykoping"));
        Http.Svar utan = http.post("/api/v1/berakningar/forsorjningsstod", "application/json", HUSHALL.formatted("tranas"));

        assertThat(egen.status()).as(egen.body()).isEqualTo(201);
        assertThat(vem(egen)).isEqualTo("verksamhetssystem API_NYCKEL");
        assertThat(annan.status()).as(annan.body()).isEqualTo(403);
        assertThat(annan.json().get("type").asText()).endsWith(":saknar-behorighet");
        assertThat(oppen.status()).as("an unstored calculation, for any kommun").isEqualTo(200);
        assertThat(utan.status()).isEqualTo(401);
    }

    @Test
    void enTokenFranKommunensIdpGallerMedSittNamnOchSinKommun() {
        String token = token(idp, export("_ISSUER"), export("_AUDIENCE"));

        Http.Svar egen = medToken(token, "tranas");
        Http.Svar annan = medToken(token, "nykoping");

        assertThat(egen.status()).as(egen.body()).isEqualTo(201);
        // the audit log's who is the claim RIKSNORM_NAME_CLAIM names (preferred_username), not sub
        assertThat(vem(egen)).isEqualTo("kalle.karlsson JWT");
        assertThat(annan.status()).as(annan.body()).isEqualTo(403);
    }

    @Test
    void enTokenMedFelUtfardareMottagareEllerNyckelNekas() throws JOSEException {
        String utfardare = export("_ISSUER");
        String mottagare = export("_AUDIENCE");

        assertThat(medToken(token(idp, "https://login.annan-kommun.se/", mottagare), "tranas").status()).as("issuer").isEqualTo(401);
        assertThat(medToken(token(idp, utfardare, "ett-annat-system"), "tranas").status()).as("audience").isEqualTo(401);
        RSAKey annan = new RSAKeyGenerator(2048).keyID("kommunens-idp").generate();
        assertThat(medToken(token(annan, utfardare, mottagare), "tranas").status()).as("another key").isEqualTo(401);
    }

    @Test
    void riksnormsEgnaVariablerLasesAvTjanstensKonfiguration() throws IOException {
        String konfiguration = Files.readString(Path.of("src/main/resources/application.yml"));

        List<String> egna = exporter.keySet().stream().filter(namn -> namn.startsWith("RIKSNORM_")).toList();

        assertThat(egna).containsExactly("RIKSNORM_ROLES_CLAIM", "RIKSNORM_NAME_CLAIM", "RIKSNORM_KOMMUN_CLAIM");
        assertThat(egna).allSatisfy(namn -> assertThat(konfiguration).contains("${" + namn + ":"));
    }

    @Test
    void sakerhetskopianTasMedanTjanstenKorOchArHel() throws IOException, InterruptedException, SQLException {
        assumeThat(hittas("sqlite3")).as("sqlite3 on PATH (.ci/run installs it)").isTrue();
        http.som(DRIFT.kodEfter("The system sends the key itself,").replaceFirst("^X-API-Key: ", ""))
                .post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL.formatted("tranas"));
        Dokument sakerhetskopia = DRIFT.avsnitt("**The database path and backups (SQLite).**");
        Path kopior = Files.createDirectories(temp.resolve("backup"));

        String utskrift = kor(sakerhetskopia.block(0).text()
                .replace("/var/lib/riksnorm/", temp + "/").replace("/backup/", kopior + "/"));

        assertThat(utskrift).isEqualTo(sakerhetskopia.block(1).text());
        try (var filer = Files.list(kopior)) {
            Path kopia = filer.findFirst().orElseThrow();
            assertThat(kopia.getFileName().toString()).isEqualTo("riksnorm-" + java.time.LocalDate.now() + ".db");
            String fraga = "select count(*) || ' ' || max(id) from berakning";
            assertThat(las(kopia, fraga)).isEqualTo(Sql.text(tjanst.getBean(DataSource.class), fraga)).doesNotStartWith("0 ");
            assertThat(las(kopia, "pragma integrity_check")).isEqualTo("ok");
        }
    }

    private Dokument.Block apiNycklar() {
        Dokument.Block yaml = DRIFT.avsnitt("**API keys**").block(2);
        assertThat(yaml.sprak()).isEqualTo("yaml");
        return yaml;
    }

    private Http.Svar medToken(String token, String kommun) {
        return http.begaran("POST", "/api/v1/berakningar/forsorjningsstod?spara=true", HUSHALL.formatted(kommun),
                "Authorization", "Bearer " + token);
    }

    private String vem(Http.Svar sparad) {
        return Sql.text(tjanst.getBean(DataSource.class), "select anvandare || ' ' || anvandartyp from granskning where objekt = ?",
                "beräkning " + sparad.json().get("id").asText());
    }

    /** A token as the kommun's provider issues it, with the claims the document's variables name. */
    private String token(RSAKey nyckel, String utfardare, String mottagare) {
        Instant nu = Instant.now();
        JWTClaimsSet anspraak = new JWTClaimsSet.Builder().subject("3f2a9c7e-anvandare").issuer(utfardare).audience(mottagare)
                .claim(export("_NAME_CLAIM"), "kalle.karlsson")
                .claim(export("_ROLES_CLAIM"), List.of("handlaggare"))
                .claim(export("_KOMMUN_CLAIM"), "0687")
                .issueTime(Date.from(nu)).notBeforeTime(Date.from(nu)).expirationTime(Date.from(nu.plusSeconds(300))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(nyckel.getKeyID()).build(), anspraak);
            jwt.sign(new RSASSASigner(nyckel));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of the one variable whose name ends so: the test finds the provider's settings by what they are, so a
     * misspelt name in the document is not found by the service either, and the token it should refuse is let in.
     */
    private String export(String slut) {
        return exporter.get(namn(slut));
    }

    private String namn(String slut) {
        List<String> namn = exporter.keySet().stream().filter(n -> n.endsWith(slut)).toList();
        assertThat(namn).as("one variable ending in " + slut).hasSize(1);
        return namn.get(0);
    }

    private static Map<String, String> exporter(Dokument.Block block) {
        Map<String, String> exporter = new LinkedHashMap<>();
        Matcher m = EXPORT.matcher(block.text());
        while (m.find()) {
            exporter.put(m.group(1), m.group(2));
        }
        assertThat(exporter).as(block.text()).hasSize(6);
        return exporter;
    }

    /** The commands as bash runs them; their output. */
    private static String kor(String kommandon) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", kommandon).redirectErrorStream(true).start();
        String utskrift = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(utskrift).isZero();
        return utskrift;
    }

    private static boolean hittas(String program) {
        return java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(katalog -> Files.isExecutable(Path.of(katalog, program)));
    }

    private static String las(Path databas, String fraga) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databas); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(fraga)) {
            r.next();
            return r.getString(1);
        }
    }
}
