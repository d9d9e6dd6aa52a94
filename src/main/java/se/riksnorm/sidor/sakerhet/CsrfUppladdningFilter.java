package se.riksnorm.sidor.sakerhet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import se.riksnorm.sidor.Felsidor;

/**
 * Refuses an upload to the pages (a kommun's table from a file, multipart) without the browser's CSRF token in the
 * {@value Csrf#HUVUD} header, which htmx sends with every request of the page. The body is never read here: a
 * multipart body is the controller's to stream, unlike the small url-encoded forms {@link CsrfFormularFilter} reads.
 */
@ServerFilter(patterns = {"/inmatning/**"}, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class CsrfUppladdningFilter implements Ordered {

    private final Csrf csrf;
    private final Felsidor felsidor;

    CsrfUppladdningFilter(Csrf csrf, Felsidor felsidor) {
        this.csrf = csrf;
        this.felsidor = felsidor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> kontrollera(HttpRequest<?> request) {
        return csrf.giltig(request, request.getHeaders().get(Csrf.HUVUD)) ? null : Csrf.vagran(request, felsidor);
    }
}
