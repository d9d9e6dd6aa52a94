package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;
import se.riksnorm.sidor.Sidvagar;

/**
 * Refuses a state-changing request to the API (POST, PUT, PATCH, DELETE) that is logged in by the pages' cookie,
 * with no API key or bearer token, and lacks the CSRF header ({@link Csrf}): a browser could have been tricked into
 * sending it. An API call with a key or a token carries a header no other site can set, and passes as before. The
 * pages' own forms are checked by {@link CsrfFormularFilter}. Also sets the CSRF cookie where a page drew one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> ANDRANDE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Csrf csrf;
    private final se.riksnorm.sidor.Felsidor felsidor;
    private final String inloggningskaka;

    CsrfFilter(Csrf csrf, se.riksnorm.sidor.Felsidor felsidor,
               @Value("${micronaut.security.token.cookie.cookie-name:JWT}") String inloggningskaka) {
        this.csrf = csrf;
        this.felsidor = felsidor;
        this.inloggningskaka = inloggningskaka;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> kontrollera(HttpRequest<?> request) {
        if (!ANDRANDE.contains(request.getMethod()) || Sidvagar.arSida(request.getPath())) {
            return null;
        }
        boolean nyckelEllerToken = request.getHeaders().contains("X-API-Key") || request.getHeaders().getAuthorization().isPresent();
        if (nyckelEllerToken || !request.getCookies().contains(inloggningskaka)) {
            return null;
        }
        return csrf.giltig(request, request.getHeaders().get(Csrf.HUVUD)) ? null : Csrf.vagran(request, felsidor);
    }

    @ResponseFilter
    void sattKaka(HttpRequest<?> request, MutableHttpResponse<?> response) {
        csrf.satt(request, response);
    }
}
