package se.riksnorm.support;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code curl} command as the documents print it, read back into what it sends: method, path, API key and body.
 * Only the documents' own form is read ({@code curl -s [-X M] localhost:8080/path -H '…' -d '…'}); anything else fails.
 */
public record Curl(String metod, String sokvag, String nyckel, String body) {

    private static final Pattern KOMMANDO = Pattern.compile("^curl -s (?:-X (\\w+) )?localhost:8080(/\\S*)");
    private static final Pattern NYCKEL = Pattern.compile("-H 'X-API-Key: ([^']+)'");
    private static final Pattern BODY = Pattern.compile("-d '(.*)'\\s*\\z", Pattern.DOTALL);

    public static Curl av(Dokument.Block block) {
        String text = block.text().replace("\\\n", "\n");
        Matcher kommando = KOMMANDO.matcher(text);
        if (!"sh".equals(block.sprak()) || !kommando.find()) {
            throw new AssertionError("inte ett curl-exempel: " + block.text());
        }
        Matcher nyckel = NYCKEL.matcher(text);
        Matcher body = BODY.matcher(text);
        String data = body.find() ? body.group(1) : null;
        String metod = kommando.group(1) != null ? kommando.group(1) : data != null ? "POST" : "GET";
        return new Curl(metod, kommando.group(2), nyckel.find() ? nyckel.group(1) : null, data);
    }

    /**
     * Sends it as printed but with the tests' key of the demo key's role: {@code handlaggare-demo} is
     * {@code test-handlaggare} (application-dev.yml, application-test.yml; {@code DemonycklarnasRollerTest}).
     */
    public Http.Svar skicka(Http http) {
        return http.anonym().begaran(metod, sokvag, body, Http.API_NYCKEL, nyckel == null ? null : testnyckel(nyckel));
    }

    /** The tests' key with the demo key's roles and kommuner. */
    public static String testnyckel(String demonyckel) {
        if (!demonyckel.endsWith("-demo")) {
            throw new AssertionError("inte en demonyckel: " + demonyckel);
        }
        return "test-" + demonyckel.substring(0, demonyckel.length() - "-demo".length()).toLowerCase(Locale.ROOT);
    }
}
