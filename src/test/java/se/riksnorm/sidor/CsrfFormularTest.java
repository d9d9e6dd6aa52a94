package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CSRF check reads a large form (the calculator's, the proposal grid's) without disturbing the controller that
 * binds it, many times over; and refuses a wrong token. Plain HTTP, no browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfFormularTest extends SidornasTjanst {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    protected void startaWebblasaren() {
        // no browser here
    }

    @Test
    void storaFormularGarIgenomKontrollenVarjeGang() throws Exception {
        String bas = server.getURI().toString();
        HttpResponse<String> inloggning = http.send(HttpRequest.newBuilder(URI.create(bas + "/logga-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfKaka = kaka(inloggning, "riksnorm-csrf");
        String token = token(inloggning.body());
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(bas + "/logga-in"))
                .header("Cookie", csrfKaka).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=handlaggare&password=handlaggare&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(303);
        String kakor = csrfKaka + "; " + kaka(in, "riksnorm-inloggning");
        StringBuilder formular = new StringBuilder("_csrf=" + token + "&kommun=nykoping&manad=2023-03&medlemsrader=30");
        for (int i = 0; i < 30; i++) {
            formular.append("&medlemmar%5B").append(i).append("%5D.id=").append(URLEncoder.encode("person " + i + " ".repeat(200), StandardCharsets.UTF_8));
        }
        formular.append("&medlemmar%5B0%5D.roll=SOKANDE&medlemmar%5B0%5D.alder=40&berakna=forsorjningsstod");
        for (int n = 0; n < 20; n++) {
            HttpResponse<String> svar = http.send(HttpRequest.newBuilder(URI.create(bas + "/berakning")).header("Cookie", kakor)
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formular.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(svar.statusCode()).as("försök " + n + ": " + svar.body()).isIn(200, 422);
            assertThat(svar.body()).contains("Beräkna försörjningsstöd");
        }
        HttpResponse<String> fel = http.send(HttpRequest.newBuilder(URI.create(bas + "/berakning")).header("Cookie", kakor)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formular.toString().replace("_csrf=" + token, "_csrf=fel"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fel.statusCode()).isEqualTo(403);
    }

    private static String kaka(HttpResponse<?> svar, String namn) {
        return svar.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(namn + "=")).findFirst()
                .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new AssertionError("ingen kaka " + namn));
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
