package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import se.riksnorm.support.Sql;

/**
 * The CSRF check reads a large form (the calculator's, the proposal grid's) without disturbing the controller that
 * binds it, many times over; and refuses a wrong token. The audit log's kommun filter. Plain HTTP, no browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfFormularTest extends SidornasTjanst {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    DataSource dataSource;

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

    /**
     * The audit log by kommun matches the kommun as a whole word: Mark's entries, never Markaryd's (whose id begins
     * with Mark's); an unknown kommun is refused with its text.
     */
    @Test
    void granskningsloggenPerKommunTarIngenKommunMedSammaBorjan() throws Exception {
        for (String objekt : List.of("fördelning mark 2024, förslag 7", "fördelning markaryd 2024, förslag 8", "riksnorm 2024")) {
            Sql.uppdatera(dataSource, "insert into granskning (tidpunkt, anvandare, handling, objekt, anvandartyp, identitet) "
                    + "values (?, 'test', 'CELLER_ANDRADE', ?, 'API_NYCKEL', 'test')", Instant.now().toString(), objekt);
        }
        String kakor = loggaIn("administrator");
        assertThat(logg(sida("/admin/granskning?kommun=mark", kakor))).contains("fördelning mark 2024, förslag 7")
                .doesNotContain("markaryd", "riksnorm 2024");
        assertThat(logg(sida("/admin/granskning?kommun=markaryd", kakor))).contains("fördelning markaryd 2024, förslag 8")
                .doesNotContain("fördelning mark 2024");
        assertThat(logg(sida("/admin/granskning?tabell=riksnorm", kakor))).contains("riksnorm 2024").doesNotContain("förslag 7");
        HttpResponse<String> okand = sida("/admin/granskning?kommun=mar", kakor);
        assertThat(okand.statusCode()).isEqualTo(400);
        assertThat(okand.body()).contains("Tjänsten känner ingen kommun 'mar'.");
    }

    /** The log's table of the page (the kommun list of the filter names every kommun). */
    private static String logg(HttpResponse<String> sida) {
        String html = sida.body();
        int start = html.indexOf("<table id=\"logg\">");
        assertThat(start).as(html).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private HttpResponse<String> sida(String sokvag, String kakor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + sokvag)).header("Cookie", kakor).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo user's login cookie and the CSRF cookie, as a browser holds them after the login page's form. */
    private String loggaIn(String namn) throws Exception {
        String bas = server.getURI().toString();
        HttpResponse<String> inloggning = http.send(HttpRequest.newBuilder(URI.create(bas + "/logga-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfKaka = kaka(inloggning, "riksnorm-csrf");
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(bas + "/logga-in"))
                .header("Cookie", csrfKaka).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + namn + "&password=" + namn + "&_csrf=" + token(inloggning.body())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(303);
        return csrfKaka + "; " + kaka(in, "riksnorm-inloggning");
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
