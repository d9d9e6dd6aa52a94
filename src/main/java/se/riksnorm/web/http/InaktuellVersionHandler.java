package se.riksnorm.web.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.riksnorm.storage.InaktuellVersion;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemResponses;

/** A write whose If-Match version another write overtook, found by the store's UPDATE: 412, nothing changed. */
@Singleton
class InaktuellVersionHandler implements ExceptionHandler<InaktuellVersion, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, InaktuellVersion fel) {
        return ProblemResponses.svar(request, Etikett.inaktuell(request.getHeaders().get(Etikett.IF_MATCH), fel.getMessage())
                .problem());
    }
}
