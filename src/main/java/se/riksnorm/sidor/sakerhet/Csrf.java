package se.riksnorm.sidor.sakerhet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.Problemtyp;

/**
 * CSRF protection of every form (OWASP's signed double-submit cookie): the browser holds a random value in an
 * HttpOnly, SameSite=Strict cookie ({@value #KAKA}); each form carries HMAC(key, value) in the field {@value #FALT}
 * (htmx sends it as the header {@value #HUVUD}). Another site can neither read the cookie nor compute the HMAC, so it
 * cannot forge a form; the check is {@link CsrfFilter}. No server state: it holds across restarts and replicas that
 * share the pages' secret.
 */
@Singleton
public class Csrf {

    public static final String FALT = "_csrf";
    public static final String HUVUD = "X-CSRF-Token";
    static final String KAKA = "riksnorm-csrf";
    private static final String NY_KAKA = Csrf.class.getName() + ".ny";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] nyckel;
    private final SecureRandom slump = new SecureRandom();

    Csrf(Sidnyckel sidnyckel) {
        this.nyckel = sidnyckel.nyckel("csrf");
    }

    /** The refusal: a page saying what to do for a browser, 403 problem+json for a program. */
    static MutableHttpResponse<?> vagran(HttpRequest<?> request, se.riksnorm.sidor.Felsidor felsidor) {
        return felsidor.svar(request, ProblemDetail.av(Problemtyp.SAKNAR_BEHORIGHET, "Säkerhetskontrollen (CSRF) av formuläret "
                + "misslyckades: sidan kan ha varit öppen länge eller kommit från en annan webbplats. Ladda om sidan och försök igen.",
                null, null), "Formuläret kunde inte tas emot");
    }

    /** The token the page's forms carry; draws the browser's cookie value first if it has none yet. */
    public String token(HttpRequest<?> request) {
        return signera(kakvarde(request).orElseGet(() -> request.getAttribute(NY_KAKA, String.class).orElseGet(() -> {
            byte[] varde = new byte[32];
            slump.nextBytes(varde);
            String ny = BASE64.encodeToString(varde);
            request.setAttribute(NY_KAKA, ny);
            return ny;
        })));
    }

    /** Whether the token sent belongs to the browser's cookie. */
    boolean giltig(HttpRequest<?> request, String skickat) {
        return skickat != null && kakvarde(request).map(v -> MessageDigest.isEqual(signera(v).getBytes(StandardCharsets.US_ASCII),
                skickat.getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    /** Sets the cookie where {@link #token} drew a new value for this request. */
    void satt(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NY_KAKA, String.class).ifPresent(varde -> response.cookie(Cookie.of(KAKA, varde)
                .httpOnly(true).secure(request.isSecure()).sameSite(SameSite.Strict).path("/")));
    }

    private static Optional<String> kakvarde(HttpRequest<?> request) {
        return request.getCookies().findCookie(KAKA).map(Cookie::getValue).filter(v -> v.length() >= 40 && v.length() <= 60);
    }

    private String signera(String varde) {
        return BASE64.encodeToString(Sidnyckel.hmac(nyckel, varde));
    }
}
