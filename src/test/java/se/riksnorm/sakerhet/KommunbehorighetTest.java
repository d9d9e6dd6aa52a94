package se.riksnorm.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * Roles hold for the login's own kommuner only (docs/adr/0052): a sakkunnig of one kommun is refused on another's
 * proposal, a beslutsfattare on another kommun's decision, a handläggare on another kommun's stored calculation; each
 * refusal 403 problem+json with the database unchanged. A bearer token names its kommuner in the claim
 * {@code kommunkod}: one, several, or none (then it writes nowhere).
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KommunbehorighetTest extends KorandeTjanst {

    private static final String TESTNYCKEL = "riksnorm-testernas-hemlighet-minst-trettiotva-tecken";
    private static final String JSON = "application/json";
    private static String forslag;

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void enSakkunnigFranEnKommunVagrasPaEnAnnansForslag() {
        Http.Svar skapat = http().som("test-sakkunnig").begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}");
        assertThat(skapat.status()).as(skapat.body()).isEqualTo(201);
        forslag = skapat.location();
        String fore = Databasdump.av(dataSource);
        Http.Svar andrat = http().som("test-sakkunnig-tranas").begaran("PATCH", forslag, "{\"motivering\":\"x\",\"celler\":"
                + "[{\"cell\":\"personliga_kostnader.livsmedel.ar_0\",\"kronor\":1}]}");
        assertThat(andrat.status()).isEqualTo(403);
        assertThat(andrat.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:saknar-behorighet");
        assertThat(andrat.json().get("detail").asText()).isEqualTo("Inloggningen 'test-sakkunnig-tranas' agerar för Tranås (0687), "
                + "inte för Nyköping (0480): den får inte ändra " + forslag.replace("/api/v1/forslag/", "förslag ") + ".");
        assertThat(andrat.json().get("falt").asText()).isEqualTo("kommun");
        for (String[] anrop : List.of(new String[] {"POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2025}"},
                new String[] {"POST", forslag + "/umgangesnorm/bekraftelse", "{}"}, new String[] {"DELETE", forslag, null},
                new String[] {"GET", forslag, null}, new String[] {"POST", "/api/v1/kommuner/nykoping/fordelningar/2023/export", null})) {
            assertThat(http().som("test-sakkunnig-tranas").begaran(anrop[0], anrop[1], anrop[2]).status()).as(anrop[1]).isEqualTo(403);
        }
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
        // a sakkunnig for both kommuner may
        assertThat(http().som("test-sakkunnig-tva").get(forslag).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void enBeslutsfattareVagrasPaEnAnnanKommunsBeslut() {
        String fore = Databasdump.av(dataSource);
        String beslut = "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\",\"diarienummer\":\"SN23/41\"}";
        Http.Svar svar = http().som("test-beslutsfattare-tranas").begaran("POST", forslag + "/beslut", beslut);
        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.json().get("detail").asText()).endsWith("den får inte besluta " + forslag.replace("/api/v1/forslag/", "förslag ") + ".");
        assertThat(http().som("test-beslutsfattare-tranas").begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/2023/beslut", beslut)
                .status()).isEqualTo(403);
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    @Test
    @Order(3)
    void enHandlaggareLaserBaraSinKommunsSparadeBerakningar() {
        String hushall = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";
        Http.Svar sparad = http().som("test-handlaggare").post("/api/v1/berakningar/forsorjningsstod?spara=true", JSON, hushall);
        assertThat(sparad.status()).isEqualTo(201);
        String fore = Databasdump.av(dataSource);
        assertThat(http().som("test-handlaggare-tranas").get(sparad.location()).status()).isEqualTo(403);
        assertThat(http().som("test-handlaggare-tranas").post("/api/v1/berakningar/forsorjningsstod?spara=true", JSON, hushall).status())
                .isEqualTo(403);
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
        // calculating without storing reads only published tables: open to any handläggare, for any kommun
        assertThat(http().som("test-handlaggare-tranas").post("/api/v1/berakningar/forsorjningsstod", JSON, hushall).status()).isEqualTo(200);
        assertThat(http().som("test-handlaggare").get(sparad.location()).status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void enTokensKommunerKommerUrClaimetKommunkod() {
        String hushall = "{\"kommun\":\"%s\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";
        Object[][] fall = {{"0480", "nykoping", 201}, {"0480", "tranas", 403}, {List.of("0480", "0687"), "tranas", 201},
                {"0480 0687", "tranas", 201}, {null, "nykoping", 403}, {"*", "stockholm", 201}, {"9999", "nykoping", 403}};
        for (Object[] f : fall) {
            Http.Svar svar = http().anonym().begaran("POST", "/api/v1/berakningar/forsorjningsstod?spara=true",
                    hushall.formatted(f[1]), "Authorization", "Bearer " + token(f[0]));
            assertThat(svar.status()).as(f[0] + " → " + f[1] + ": " + svar.body()).isEqualTo(f[2]);
        }
    }

    private static String token(Object kommunkod) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("kim.handlaggare").claim("roles", List.of("handlaggare"))
                    .issueTime(new Date()).notBeforeTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
            if (kommunkod != null) {
                claims.claim("kommunkod", kommunkod);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(TESTNYCKEL.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
