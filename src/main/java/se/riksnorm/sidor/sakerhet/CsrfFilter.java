package se.riksnorm.sidor.sakerhet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import se.riksnorm.sidor.Felsidor;
import se.riksnorm.sidor.Sidvagar;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser could have been tricked into sending
 * without a valid CSRF token ({@link Csrf}): every request to the pages, and a request to the API that logs in with
 * the pages' cookie. An API call with an API key or a bearer token carries a header no other site can set, and
 * passes as before.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> ANDRANDE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Csrf csrf;
    private final FilterBodyParser formular;
    private final Felsidor felsidor;
    private final String inloggningskaka;

    CsrfFilter(Csrf csrf, FilterBodyParser formular, Felsidor felsidor,
               @io.micronaut.context.annotation.Value("${micronaut.security.token.cookie.cookie-name:JWT}") String inloggningskaka) {
        this.csrf = csrf;
        this.formular = formular;
        this.felsidor = felsidor;
        this.inloggningskaka = inloggningskaka;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    CompletableFuture<@Nullable MutableHttpResponse<?>> kontrollera(HttpRequest<?> request) {
        if (!ANDRANDE.contains(request.getMethod()) || !kravs(request)) {
            return CompletableFuture.completedFuture(null);
        }
        String huvud = request.getHeaders().get(Csrf.HUVUD);
        if (huvud != null) {
            return CompletableFuture.completedFuture(csrf.giltig(request, huvud) ? null : vagran(request));
        }
        return formular.parseBody(request)
                .exceptionally(fel -> java.util.Map.of())
                .thenApply(falt -> {
                    Object token = falt.get(Csrf.FALT);
                    return token instanceof String text && csrf.giltig(request, text) ? null : vagran(request);
                });
    }

    @ResponseFilter
    void sattKaka(HttpRequest<?> request, MutableHttpResponse<?> response) {
        csrf.satt(request, response);
    }

    private boolean kravs(HttpRequest<?> request) {
        if (Sidvagar.arSida(request.getPath())) {
            return true;
        }
        boolean nyckelEllerToken = request.getHeaders().contains("X-API-Key") || request.getHeaders().getAuthorization().isPresent();
        return !nyckelEllerToken && request.getCookies().contains(inloggningskaka);
    }

    private MutableHttpResponse<?> vagran(HttpRequest<?> request) {
        return felsidor.svar(request, HttpStatus.FORBIDDEN, "Formuläret kunde inte tas emot",
                "Säkerhetskontrollen (CSRF) av formuläret misslyckades: sidan kan ha varit öppen länge eller kommit från en "
                        + "annan webbplats. Ladda om sidan och försök igen.");
    }
}
