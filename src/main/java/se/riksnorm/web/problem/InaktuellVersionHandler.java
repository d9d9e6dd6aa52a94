package se.riksnorm.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.riksnorm.storage.InaktuellVersion;

/** A write whose If-Match version another write overtook, found by the store's UPDATE: 412, nothing changed. */
@Singleton
class InaktuellVersionHandler implements ExceptionHandler<InaktuellVersion, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, InaktuellVersion fel) {
        return ProblemResponses.svar(request, Forhandsvillkor.inaktuell(request.getHeaders().get("If-Match"), fel.getMessage())
                .problem());
    }
}
