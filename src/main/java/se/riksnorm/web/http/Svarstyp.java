package se.riksnorm.web.http;

import io.micronaut.http.HttpHeaders;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.math.BigDecimal;
import java.util.List;
import se.riksnorm.web.problem.Problems;

/**
 * An answer the request has refused with quality 0 is not sent (RFC 9110 §12.4.2, §12.5.1: "not acceptable"):
 * {@code Accept: application/json;q=0} gets 406, as an Accept the answer does not match at all already did.
 * The most specific range that matches a type decides its quality ({@code text/*;q=0, text/csv} accepts CSV).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class Svarstyp {

    @RequestFilter
    void kontrollera(HttpRequest<?> request) {
        List<String> accept = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (accept.isEmpty() || route == null || !accept.stream().anyMatch(a -> a.contains("q=") || a.contains("Q="))) {
            return;
        }
        java.util.Collection<MediaType> intervall = request.accept();
        List<MediaType> svar = route.getRouteInfo().getProduces();
        if (!svar.isEmpty() && svar.stream().noneMatch(typ -> godtar(intervall, typ))) {
            throw Problems.problem(Problemtyp.SVARSTYP_STODS_INTE, "Svaret kan bara ges som "
                    + String.join(", ", svar.stream().map(MediaType::toString).toList()) + ", och begäran har uteslutit det (q=0): "
                    + String.join(", ", accept) + ".", HttpHeaders.ACCEPT, String.join(", ", accept));
        }
    }

    /** Whether the most specific range matching {@code typ} has a quality above 0. */
    private static boolean godtar(java.util.Collection<MediaType> intervall, MediaType typ) {
        MediaType basta = null;
        for (MediaType i : intervall) {
            if (passar(i, typ) && (basta == null || specificitet(i) > specificitet(basta))) {
                basta = i;
            }
        }
        return basta != null && basta.getQualityAsNumber().compareTo(BigDecimal.ZERO) > 0;
    }

    private static boolean passar(MediaType intervall, MediaType typ) {
        boolean huvud = intervall.getType().equals("*") || intervall.getType().equalsIgnoreCase(typ.getType());
        boolean under = intervall.getSubtype().equals("*") || intervall.getSubtype().equalsIgnoreCase(typ.getSubtype());
        return huvud && under;
    }

    private static int specificitet(MediaType intervall) {
        return (intervall.getType().equals("*") ? 0 : 1) + (intervall.getSubtype().equals("*") ? 0 : 1);
    }
}
