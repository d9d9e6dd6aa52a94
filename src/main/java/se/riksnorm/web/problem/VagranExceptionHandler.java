package se.riksnorm.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.riksnorm.domain.upprakning.Vagran;

/** A refusal from the uppräkning's rules, answered as its problem (Problems#vagran). */
@Singleton
class VagranExceptionHandler implements ExceptionHandler<Vagran, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, Vagran vagran) {
        return ProblemResponses.svar(request, Problems.vagran(vagran).problem());
    }
}
