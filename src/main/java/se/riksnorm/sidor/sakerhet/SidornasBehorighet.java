package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;
import java.util.List;
import se.riksnorm.sidor.Felsidor;
import se.riksnorm.sidor.Sidvagar;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.Problemtyp;

/**
 * Who is not let in, and how each is told. A browser that asks for a page (or a document of the API, such as a
 * bilaga) without being logged in is sent to the login page, and back afterwards; a logged-in person without the
 * role gets a page saying so. The API answers 401/403 problem+json as before: no redirect for a program.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SidornasBehorighet extends DefaultAuthorizationExceptionHandler {

    private final Felsidor felsidor;

    SidornasBehorighet(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                       RedirectService redirectService,
                       List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> utmaningar,
                       @Nullable PriorToLoginPersistence priorToLoginPersistence, Felsidor felsidor) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, utmaningar, priorToLoginPersistence);
        this.felsidor = felsidor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden() && Sidvagar.arSida(request.getPath())) {
            return felsidor.svar(request, ProblemDetail.av(Problemtyp.SAKNAR_BEHORIGHET, "Din inloggning har inte den roll som "
                    + "sidan kräver. Välj en sida i menyn, eller logga in som någon annan.", null, null));
        }
        return super.handle(request, exception);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        return !exception.isForbidden() && request.getMethod() == HttpMethod.GET
                && request.getHeaders().accept().stream().anyMatch(typ -> typ.equals(MediaType.TEXT_HTML_TYPE))
                && super.shouldRedirect(request, exception);
    }
}
