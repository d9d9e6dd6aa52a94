package se.riksnorm.web.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every problem answer counted under the route that gave it ({@code riksnorm_problem_total{route, typ, status}}).
 * Micronaut's http.server.requests labels every 404 {@code uri="NOT_FOUND"}, so an unknown kommun on a real route
 * looked like a mistyped path; here it is {@code route="/api/v1/kommuner/{kommun}", typ="okand-kommun"}. Routes and
 * problem types are both finite, so the series are too; a path that matches no route is {@code route="ingen"}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class Problemmatt {

    private static final String PREFIX = "urn:riksnorm:problem:";

    private final MeterRegistry registry;
    private final Map<String, Counter> raknare = new ConcurrentHashMap<>();

    Problemmatt(MeterRegistry registry) {
        this.registry = registry;
    }

    @ResponseFilter
    void rakna(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof ProblemDetail problem)) {
            return;
        }
        String route = RouteAttributes.getRouteMatch(request).filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getRouteInfo().getUriMatchTemplate().toString()).orElse("ingen");
        String typ = problem.type() != null && problem.type().startsWith(PREFIX) ? problem.type().substring(PREFIX.length()) : "annan";
        String status = Integer.toString(problem.status());
        raknare.computeIfAbsent(route + ' ' + typ + ' ' + status, k -> Counter.builder("riksnorm.problem")
                .description("Problemsvar per route, problemtyp och status").tag("route", route).tag("typ", typ).tag("status", status)
                .register(registry)).increment();
    }
}
