package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login through the kommun's identity provider, OpenID Connect authorization code flow, against a real OIDC
 * server started by the test (NAV's mock-oauth2-server: discovery, authorize, token endpoint, signed ID tokens,
 * JWKS), in Chromium; and what the login cookie may and may not do: the pages' forms need their CSRF token, the API
 * keeps answering programs as before.
 */
@MicronautTest(transactional = false)
class KommunensInloggningTest extends SidornasTjanst {

    private static final String UTFARDARE = "kommun";
    private MockOAuth2Server idp;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    protected Map<String, String> fler() {
        if (idp == null) {
            idp = new MockOAuth2Server();
            try {
                idp.start(InetAddress.getByName("127.0.0.1"), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("micronaut.security.oauth2.clients.kommun.client-id", "riksnorm",
                "micronaut.security.oauth2.clients.kommun.client-secret", "riksnorm-hemlighet",
                "micronaut.security.oauth2.clients.kommun.openid.issuer", idp.issuerUrl(UTFARDARE).toString());
    }

    @AfterAll
    void stangIdp() {
        idp.shutdown();
    }

    private void loggaInHosKommunen(String namn, List<String> roller, List<String> kommuner) {
        idp.enqueueCallback(new DefaultOAuth2TokenCallback(UTFARDARE, namn, "JWT", List.of("riksnorm"),
                Map.of("roles", roller, "kommunkod", kommuner), 3600));
        webblasare.driver().manage().deleteAllCookies();
        webblasare.oppna("/logga-in");
        webblasare.hitta("a[href='/oauth/login/kommun']").click();
        webblasare.vanta().until(d -> !d.getCurrentUrl().contains("/oauth/"));
    }

    @Test
    void enSakkunnigLoggarInHosKommunenOchFarSinaRollerOchKommuner() {
        loggaInHosKommunen("anna.ulf", List.of("sakkunnig"), List.of("0480"));
        webblasare.tillganglighet();
        assertThat(webblasare.driver().getCurrentUrl()).isEqualTo(server.getURI() + "/");
        assertThat(webblasare.sidtext()).contains("Välkommen, anna.ulf", "sakkunnig", "Nyköping: fördelning och bilaga");
        Cookie kaka = webblasare.driver().manage().getCookieNamed("riksnorm-inloggning");
        assertThat(kaka.isHttpOnly()).isTrue();
        assertThat(kaka.getSameSite()).isEqualTo("Lax");
        assertThat(kaka.isSecure()).as("Secure där tjänsten nås över TLS; testet går över http").isFalse();
        webblasare.oppna("/sakkunnig/nykoping");
        assertThat(webblasare.sidtext()).contains("2023", "SN22/37");
        webblasare.oppna("/beslut/nykoping");
        assertThat(webblasare.sidtext()).as("rollen från kommunens inloggning, inte mer").contains("Behörighet saknas");
    }

    @Test
    void enInloggningUtanTjanstensRollerNekas() {
        loggaInHosKommunen("okand.person", List.of("ekonom"), List.of("nykoping"));
        webblasare.vanta().until(ExpectedConditions.urlContains("/logga-in"));
        assertThat(webblasare.sidtext()).contains("Inloggningen misslyckades");
        assertThat(webblasare.driver().manage().getCookieNamed("riksnorm-inloggning")).isNull();
    }

    @Test
    void formularUtanCsrfTokenNekasMenApiNycklarFungerarSomForut() throws Exception {
        loggaInHosKommunen("bo.berg", List.of("sakkunnig"), List.of("nykoping"));
        String kaka = "riksnorm-inloggning=" + webblasare.inloggningskaka();
        String bas = server.getURI().toString();

        HttpResponse<String> sida = http.send(HttpRequest.newBuilder(URI.create(bas + "/sakkunnig/nykoping/forslag"))
                .header("Cookie", kaka).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ar=2024")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sida.statusCode()).isEqualTo(403);
        assertThat(sida.body()).contains("Formuläret kunde inte tas emot");

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(bas + "/api/v1/kommuner/nykoping/forslag"))
                .header("Cookie", kaka).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ar\":2024}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("API:t med sidornas kaka men utan token").isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> nyckel = http.send(HttpRequest.newBuilder(URI.create(bas + "/api/v1/kommuner/nykoping/fordelningar"))
                .header("X-API-Key", "test-handlaggare").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nyckel.statusCode()).isEqualTo(200);

        HttpResponse<String> utan = http.send(HttpRequest.newBuilder(URI.create(bas + "/api/v1/kommuner")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(utan.statusCode()).as("ett program utan nyckel: 401 problem, ingen omdirigering").isEqualTo(401);
        assertThat(utan.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> webblasareUtan = http.send(HttpRequest.newBuilder(URI.create(bas + "/sakkunnig/nykoping"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(webblasareUtan.statusCode()).isEqualTo(303);
        assertThat(webblasareUtan.headers().firstValue("Location")).hasValue("/logga-in");
    }
}
