package se.riksnorm.sidor;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.util.Map;
import se.riksnorm.web.problem.ProblemDetail;

/**
 * An error answered outside a page's controller (a refused form, a missing role): an HTML page for a browser on the
 * pages, the API's problem+json for the API and for any program.
 */
@Singleton
public class Felsidor {

    private final Sidor sidor;
    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    Felsidor(Sidor sidor, ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.sidor = sidor;
        this.renderer = renderer;
    }

    /** The problem as it is: its title is the page's heading. */
    public MutableHttpResponse<?> svar(HttpRequest<?> request, ProblemDetail problem) {
        return svar(request, problem, problem.title());
    }

    /** @param rubrik the page's heading, where it says more to a person than the problem's title */
    public MutableHttpResponse<?> svar(HttpRequest<?> request, ProblemDetail problem, String rubrik) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        String text = problem.detail();
        boolean webblasare = request.getHeaders().accept().stream().anyMatch(t -> t.equals(MediaType.TEXT_HTML_TYPE));
        if (!Sidvagar.arSida(request.getPath()) || !webblasare) {
            return HttpResponse.status(status).contentType(ProblemDetail.MEDIA_TYPE).body(problem.withInstance(request.getPath()));
        }
        Map<String, Object> vy = sidor.vy(request, rubrik, new Felsida(status.getCode(), rubrik, text));
        return renderer.render(new ModelAndView<>("fel", vy), request, MediaType.TEXT_HTML)
                .<MutableHttpResponse<?>>map(html -> HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html))
                .orElseGet(() -> HttpResponse.status(status).contentType(MediaType.TEXT_PLAIN_TYPE).body(rubrik + ": " + text));
    }
}
