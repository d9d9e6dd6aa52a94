package se.riksnorm.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, ProblemException exception) {
        return ProblemResponses.svar(request, exception.problem());
    }
}
