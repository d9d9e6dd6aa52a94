package se.riksnorm.web.problem;

import io.micronaut.http.HttpStatus;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP (RFC 9110 §13.1.1): a resource's version is its strong {@code ETag}
 * ({@code "3"}), a change must name the version it was made from in {@code If-Match}, or {@code *} for whatever is
 * stored. Missing: 428; not the stored version: 412 (the store checks it again in its UPDATE). The same semantics as
 * the proposals' (issue 14).
 */
public final class Forhandsvillkor {

    private static final Pattern STARK = Pattern.compile("\\s*\"([0-9]{1,9})\"\\s*");

    private Forhandsvillkor() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version {@code If-Match} names, or empty for {@code *}.
     *
     * @param resurs what is changed, in words, for the answer
     */
    public static OptionalInt versionIIfMatch(String ifMatch, String resurs) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.problem("villkor-kravs", "If-Match krävs", HttpStatus.PRECONDITION_REQUIRED,
                    "En ändring av " + resurs + " ska ange versionen den utgår från i If-Match (ETag från GET, t.ex. If-Match: "
                            + "\"3\"), så att ingen annans ändring skrivs över.", "If-Match", null);
        }
        if (ifMatch.strip().equals("*")) {
            return OptionalInt.empty();
        }
        Matcher matcher = STARK.matcher(ifMatch);
        if (!matcher.matches()) {
            throw inaktuell(ifMatch, "If-Match '" + ifMatch + "' är inte en ETag som tjänsten gett för " + resurs
                    + " (en stark ETag, t.ex. \"3\").");
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    }

    /** 412: the version named is not the one stored; nothing was changed. */
    public static ProblemException inaktuell(String ifMatch, String detalj) {
        return Problems.problem("inaktuell-version", "Versionen är inte längre den lagrade", HttpStatus.PRECONDITION_FAILED,
                detalj, "If-Match", ifMatch);
    }
}
