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
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                    .subject(namn).claim("roles", roller).claim("kommunkod", "0480").issueTime(new Date()).expirationTime(Date.from(giltigTill)).build());
            jwt.sign(new MACSigner(nyckel.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
