package se.riksnorm.web.http;

import io.micronaut.http.HttpMethod;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.riksnorm.web.problem.Problems;

/**
 * A request body says what it is: without Content-Type, or in another character encoding than UTF-8 (the only
 * one JSON between systems may use, RFC 8259 §8.1; NDJSON likewise), it is refused with 415 before it is read
 * (docs/adr/0142). Bodies were read as UTF-8 JSON whatever they said.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class Innehallstyp {

    private static final Set<HttpMethod> MED_KROPP = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @RequestFilter
    void kontrollera(HttpRequest<?> request) {
        if (!MED_KROPP.contains(request.getMethod()) || !harKropp(request)) {
            return;
        }
        Optional<MediaType> typ = request.getContentType();
        if (typ.isEmpty()) {
            throw Problems.problem(Problemtyp.MEDIATYP_STODS_INTE, "Begäran har innehåll men ingen Content-Type. Skicka Content-Type: " + MediaType.APPLICATION_JSON + ".",
                    "Content-Type", null);
        }
        Optional<String> teckenkodning = typ.get().getParameters().get("charset");
        if (teckenkodning.isPresent() && !teckenkodning.get().strip().replace("\"", "").toUpperCase(Locale.ROOT)
                .equals(StandardCharsets.UTF_8.name())) {
            throw Problems.problem(Problemtyp.MEDIATYP_STODS_INTE, "Teckenkodningen " + teckenkodning.get() + " stöds inte: JSON skickas som UTF-8 (RFC 8259). Utelämna charset "
                            + "eller ange charset=utf-8.", "Content-Type", typ.get().toString());
        }
    }

    private static boolean harKropp(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains("Transfer-Encoding");
    }
}
