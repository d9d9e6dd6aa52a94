package se.riksnorm.web.http;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The content codings this service answers with: gzip and deflate (RFC 9110 §8.4.1), or none. A request's
 * Accept-Encoding is narrowed to them before the server chooses: {@code *} stands for gzip and deflate (not for
 * Netty's snappy, which is not in the IANA registry and which clients cannot read), other codings are dropped.
 */
final class Komprimering {

    private static final String[] KODNINGAR = {"gzip", "deflate"};

    private Komprimering() {
    }

    /** Rewrites the header in place; removes it where no allowed coding is acceptable. */
    static void begransa(HttpHeaders rubriker, CharSequence namn) {
        if (!rubriker.contains(namn)) {
            return;
        }
        Map<String, String> kvalitet = new LinkedHashMap<>();
        String stjarna = null;
        for (String varde : rubriker.getAll(namn)) {
            for (String del : varde.split(",")) {
                String[] delar = del.split(";", 2);
                String kodning = delar[0].strip().toLowerCase(Locale.ROOT);
                String q = delar.length > 1 ? delar[1].strip() : "q=1";
                if (kodning.equals("*")) {
                    stjarna = q;
                } else {
                    kvalitet.put(kodning, q);
                }
            }
        }
        StringBuilder ny = new StringBuilder();
        for (String kodning : KODNINGAR) {
            String q = kvalitet.getOrDefault(kodning, stjarna);
            if (q != null) {
                ny.append(ny.length() == 0 ? "" : ", ").append(kodning).append(';').append(q);
            }
        }
        if (ny.length() == 0) {
            rubriker.remove(namn);
        } else {
            rubriker.set(namn, ny.toString());
        }
    }
}
