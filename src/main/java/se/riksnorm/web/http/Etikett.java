package se.riksnorm.web.http;

import io.micronaut.http.HttpHeaders;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/**
 * Entity tags (RFC 9110 §8.8.3) and the preconditions that use them (§13.1). A proposal's tag is its id and
 * revision, which every change raises, so If-Match names the state a change was made on (docs/adr/0140). A
 * kommun's choices and its entered tables carry their version ({@code "3"}) the same way. A read-only table's
 * tag is a hash of its representation: a decided table never changes, a draft changes with it. Missing If-Match
 * is 428 {@code villkor-kravs}, a tag that is not the stored one 412 {@code inaktuell-version}, for every resource.
 */
public final class Etikett {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern FORSLAG = Pattern.compile("\"forslag-(\\d{1,18})-r(\\d{1,9})\"");
    private static final Pattern VERSION = Pattern.compile("\\s*\"([0-9]{1,9})\"\\s*");

    private Etikett() {
    }

    /** The strong tag of a proposal at a revision, e.g. {@code "forslag-7-r3"}. */
    public static String forslag(long id, int revision) {
        return "\"forslag-" + id + "-r" + revision + "\"";
    }

    /** The strong tag of a representation: the first 128 bits of its SHA-256, in hex. */
    public static String av(byte[] innehall) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(innehall);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 finns i varje JVM", e);
        }
    }

    public static String av(String innehall) {
        return av(innehall.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The revision a change of proposal {@code id} names in If-Match: {@code null} for {@code *} (any current
     * state, RFC 9110 §13.1.1). Without If-Match the change is refused with 428 (RFC 6585 §3), saying how to get
     * the tag; a tag that is not this proposal's (a weak one never is) with 412.
     */
    public static Integer forvantadRevision(String ifMatch, long id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw kravs("En ändring av ett förslag anger vilken version den gjorts på, så att ingen annans samtidiga ändring "
                    + "skrivs över: hämta förslaget (GET /api/v1/forslag/" + id + "), och skicka svarets ETag i If-Match, t.ex. "
                    + "If-Match: " + forslag(id, 1) + ".");
        }
        if (ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tagg = FORSLAG.matcher(ifMatch);
        while (tagg.find()) {
            boolean svag = tagg.start() >= 2 && ifMatch.startsWith("W/", tagg.start() - 2);
            if (!svag && Long.parseLong(tagg.group(1)) == id) {
                return Integer.valueOf(tagg.group(2));
            }
        }
        throw inaktuell(ifMatch.strip(), "If-Match " + ifMatch.strip() + " är inte en ETag för förslaget " + id
                + ". Hämta förslaget (GET /api/v1/forslag/" + id + ") och skicka svarets ETag.");
    }

    /** The tag of a resource at a version, e.g. {@code "3"}: a kommun's choices, a kommun's entered table. */
    public static String version(int version) {
        return "\"" + version + "\"";
    }

    /** The version of the kommun's choices that {@code If-Match} names, or empty for {@code *} (whatever is stored). */
    public static OptionalInt forvantadValversion(String ifMatch, Kommun kommun) {
        return forvantadVersion(ifMatch, "valen för " + kommun.namn());
    }

    /** The version of the kommun's table for the year that a decision on it starts from, as {@link #forvantadValversion}. */
    public static OptionalInt forvantadTabellversion(String ifMatch, Kommun kommun, int ar) {
        return forvantadVersion(ifMatch, kommun.namn() + " " + ar);
    }

    /** @param resurs what is changed, in words, for the answer */
    private static OptionalInt forvantadVersion(String ifMatch, String resurs) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw kravs("En ändring av " + resurs + " ska ange versionen den utgår från i If-Match (ETag från GET, t.ex. If-Match: "
                    + "\"3\"), så att ingen annans ändring skrivs över.");
        }
        if (ifMatch.strip().equals("*")) {
            return OptionalInt.empty();
        }
        Matcher matcher = VERSION.matcher(ifMatch);
        if (!matcher.matches()) {
            throw inaktuell(ifMatch, "If-Match '" + ifMatch + "' är inte en ETag som tjänsten gett för " + resurs
                    + " (en stark ETag, t.ex. \"3\").");
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    /** 428: a change that does not say which version it was made on (RFC 6585 §3); nothing was changed. */
    private static ProblemException kravs(String detalj) {
        return Problems.problem(Problemtyp.VILLKOR_KRAVS, detalj, IF_MATCH, null);
    }

    /** 412: the version named is not the one stored (RFC 9110 §13.1.1); nothing was changed. */
    public static ProblemException inaktuell(String ifMatch, String detalj) {
        return Problems.problem(Problemtyp.INAKTUELL_VERSION, detalj, IF_MATCH, ifMatch);
    }

    /**
     * The response with its tag, or 304 Not Modified without a body where the request's If-None-Match names
     * the tag already (RFC 9110 §13.1.2; weak comparison).
     */
    public static <T> MutableHttpResponse<T> medEtikett(HttpRequest<?> request, MutableHttpResponse<T> svar, String etikett) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.replace("W/", "").contains(etikett))) {
            return HttpResponse.<T>notModified().header(HttpHeaders.ETAG, etikett);
        }
        return svar.header(HttpHeaders.ETAG, etikett);
    }
}
