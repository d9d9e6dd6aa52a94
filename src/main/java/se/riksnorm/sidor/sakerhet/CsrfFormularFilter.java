package se.riksnorm.sidor.sakerhet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a form posted to the pages (and to the login and logout endpoints) without the browser's CSRF token
 * ({@link Csrf}): in the form's {@value Csrf#FALT} field, or the {@value Csrf#HUVUD} header htmx sends. Only these
 * paths: the body is read here (the framework buffers it for the controller too), which the API's streamed batch
 * must never be. The API's own case is {@link CsrfFilter}.
 */
@ServerFilter(patterns = {"/sakkunnig/**", "/beslut/**", "/berakning/**", "/admin/**", "/logga-in", "/logga-ut"},
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class CsrfFormularFilter implements Ordered {

    private final Csrf csrf;
    private final se.riksnorm.sidor.Felsidor felsidor;

    CsrfFormularFilter(Csrf csrf, se.riksnorm.sidor.Felsidor felsidor) {
        this.csrf = csrf;
        this.felsidor = felsidor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> kontrollera(HttpRequest<?> request, @Body @Nullable String formular) {
        String huvud = request.getHeaders().get(Csrf.HUVUD);
        String token = huvud != null ? huvud : falt(formular);
        return csrf.giltig(request, token) ? null : Csrf.vagran(request, felsidor);
    }

    /** The token field of a form body ({@code a=1&_csrf=…&b=2}), or null. */
    static String falt(@Nullable String formular) {
        if (formular == null || formular.isEmpty()) {
            return null;
        }
        for (String par : formular.split("&")) {
            int lika = par.indexOf('=');
            if (lika > 0 && Csrf.FALT.equals(URLDecoder.decode(par.substring(0, lika), StandardCharsets.UTF_8))) {
                return URLDecoder.decode(par.substring(lika + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
