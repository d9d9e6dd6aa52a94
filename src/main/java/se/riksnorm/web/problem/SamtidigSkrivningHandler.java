package se.riksnorm.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.riksnorm.storage.SamtidigSkrivning;

/** A write that lost a race the database decided: 409, nothing changed, never a 500. */
@Singleton
class SamtidigSkrivningHandler implements ExceptionHandler<SamtidigSkrivning, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, SamtidigSkrivning fel) {
        return ProblemResponses.svar(request, Problems.problem(Problemtyp.SAMTIDIG_ANDRING, fel.getMessage(), null, null).problem());
    }
}
