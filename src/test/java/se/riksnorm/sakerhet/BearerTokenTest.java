package se.riksnorm.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;

/**
 * Production login: a bearer JWT from the kommun's identity provider, verified by the configured key, roles
 * from the configured claim. The tests sign with the key of application-test.yml; production uses JWKS.
 */
@MicronautTest(transactional = false)
class BearerTokenTest extends KorandeTjanst {

    private static final String TESTNYCKEL = "riksnorm-testernas-hemlighet-minst-trettiotva-tecken";
    private static final String UTFARDARE = "https://login.kommun.test/";
    private static final String HUSHALL = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";

    @Inject
    DataSource dataSource;

    @Test
    void enGiltigTokenMedRollenGerTillgang() {
        Http.Svar svar = medToken(token("kalle.karlsson", List.of("handlaggare"), Instant.now().plusSeconds(300), TESTNYCKEL),
                "GET", "/api/v1/kommuner/nykoping/fordelningar/2023", null);
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
    }

    @Test
    void tokensNamnArVemSomSparasIGranskningsloggen() {
        String token = token("kalle.karlsson", List.of("handlaggare"), Instant.now().plusSeconds(300), TESTNYCKEL);
        Http.Svar svar = medToken(token, "POST", "/api/v1/berakningar/forsorjningsstod?spara=true",
                "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}");
        assertThat(svar.status()).as(svar.body()).isEqualTo(201);
        String id = svar.json().get("id").asText();
        // 3 490 + 1 130 = 4 620
        assertThat(Sql.text(dataSource, "select anvandare || ' ' || handling || ' ' || efter from granskning where objekt = ?",
                "beräkning " + id)).isEqualTo("kalle.karlsson BERAKNING_SPARAD nykoping 2023-03: försörjningsstöd 4 620 kr, bistånd 4 620 kr");
        assertThat(Sql.text(dataSource, "select anvandartyp || ' ' || identitet from granskning where objekt = ?", "beräkning " + id))
                .isEqualTo("JWT kalle.karlsson @ " + UTFARDARE);
    }

    @Test
    void enJwtAnvandareSomHeterSomEnApiNyckelEllerTjanstenArAndaJwtAnvandaren() {
        for (String namn : List.of("anna.ulf", "inläsning av norms/")) {
            Http.Svar svar = medToken(token(namn, List.of("handlaggare"), Instant.now().plusSeconds(300), TESTNYCKEL),
                    "POST", "/api/v1/berakningar/forsorjningsstod?spara=true", HUSHALL);
            assertThat(svar.status()).as(svar.body()).isEqualTo(201);
            assertThat(Sql.text(dataSource, "select anvandare || ' | ' || anvandartyp || ' | ' || identitet from granskning where objekt = ?",
                    "beräkning " + svar.json().get("id").asText())).isEqualTo(namn + " | JWT | " + namn + " @ " + UTFARDARE);
        }
        Http.Svar nyckel = http().som("anna.ulf").post("/api/v1/berakningar/forsorjningsstod?spara=true", "application/json", HUSHALL);
        assertThat(Sql.text(dataSource, "select anvandare || ' | ' || anvandartyp || ' | ' || identitet from granskning where objekt = ?",
                "beräkning " + nyckel.json().get("id").asText())).isEqualTo("anna.ulf | API_NYCKEL | anna.ulf");
        assertThat(Sql.rader(dataSource, "select distinct anvandartyp from granskning where anvandare = 'inläsning av norms/' "
                + "order by anvandartyp")).containsExactly("JWT", "SYSTEM");
    }

    @Test
    void enTokenUtanExpEllerNbfEllerForeNbfLoggarInteIn() {
        Instant nu = Instant.now();
        String utanExp = token(new JWTClaimsSet.Builder().subject("k").issuer(UTFARDARE).claim("roles", List.of("handlaggare"))
                .notBeforeTime(Date.from(nu)).build(), TESTNYCKEL);
        String utanNbf = token(new JWTClaimsSet.Builder().subject("k").issuer(UTFARDARE).claim("roles", List.of("handlaggare"))
                .expirationTime(Date.from(nu.plusSeconds(300))).build(), TESTNYCKEL);
        String foreNbf = token(new JWTClaimsSet.Builder().subject("k").issuer(UTFARDARE).claim("roles", List.of("handlaggare"))
                .notBeforeTime(Date.from(nu.plusSeconds(3600))).expirationTime(Date.from(nu.plusSeconds(7200))).build(), TESTNYCKEL);
        // within the 30 s margin for the clocks: a token whose nbf is 10 s ahead, one that expired 10 s ago
        String inomMarginalen = token(new JWTClaimsSet.Builder().subject("k").issuer(UTFARDARE).claim("roles", List.of("handlaggare"))
                .notBeforeTime(Date.from(nu.plusSeconds(10))).expirationTime(Date.from(nu.plusSeconds(300))).build(), TESTNYCKEL);
        String nyssUtgangen = token(new JWTClaimsSet.Builder().subject("k").issuer(UTFARDARE).claim("roles", List.of("handlaggare"))
                .notBeforeTime(Date.from(nu.minusSeconds(600))).expirationTime(Date.from(nu.minusSeconds(10))).build(), TESTNYCKEL);

        assertThat(medToken(utanExp, "GET", "/api/v1/kommuner", null).status()).as("without exp").isEqualTo(401);
        assertThat(medToken(utanNbf, "GET", "/api/v1/kommuner", null).status()).as("without nbf").isEqualTo(401);
        assertThat(medToken(foreNbf, "GET", "/api/v1/kommuner", null).status()).as("an hour before nbf").isEqualTo(401);
        assertThat(medToken(inomMarginalen, "GET", "/api/v1/kommuner", null).status()).as("nbf 10 s ahead").isEqualTo(200);
        assertThat(medToken(nyssUtgangen, "GET", "/api/v1/kommuner", null).status()).as("expired 10 s ago").isEqualTo(200);
    }

    @Test
    void utanRollenGerTokenInteTillgang() {
        String token = token("kalle.karlsson", List.of("handlaggare"), Instant.now().plusSeconds(300), TESTNYCKEL);
        assertThat(medToken(token, "GET", "/api/v1/inlasning", null).status()).isEqualTo(403);
        String utanRoller = token("kalle.karlsson", List.of(), Instant.now().plusSeconds(300), TESTNYCKEL);
        assertThat(medToken(utanRoller, "GET", "/api/v1/kommuner", null).status()).isEqualTo(403);
    }

    @Test
    void enUtgangenEllerFelsigneradTokenLoggarInteIn() {
        String utgangen = token("kalle.karlsson", List.of("handlaggare"), Instant.now().minusSeconds(60), TESTNYCKEL);
        String felsignerad = token("kalle.karlsson", List.of("administrator"), Instant.now().plusSeconds(300),
                "en-annan-hemlighet-som-ocksa-ar-minst-trettiotva-tecken");
        for (String token : List.of(utgangen, felsignerad, "inte.en.token", "")) {
            Http.Svar svar = medToken(token, "GET", "/api/v1/kommuner", null);
            assertThat(svar.status()).as(token).isEqualTo(401);
            assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:ej-inloggad");
        }
    }

    private Http.Svar medToken(String token, String metod, String sokvag, String json) {
        return http().anonym().begaran(metod, sokvag, json, "Authorization", "Bearer " + token);
    }

    private static String token(String namn, List<String> roller, Instant giltigTill, String nyckel) {
        return token(new JWTClaimsSet.Builder().subject(namn).issuer(UTFARDARE).claim("roles", roller).claim("kommunkod", "0480").issueTime(new Date())
                .notBeforeTime(new Date()).expirationTime(Date.from(giltigTill)).build(), nyckel);
    }

    private static String token(JWTClaimsSet anspraak, String nyckel) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), anspraak);
            jwt.sign(new MACSigner(nyckel.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
