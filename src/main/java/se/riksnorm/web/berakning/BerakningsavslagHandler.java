package se.riksnorm.web.berakning;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.riksnorm.app.berakning.Berakningsavslag;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemResponses;

/** A calculation the rules refused, answered as its problem (BerakningProblems): every reason at once. */
@Singleton
class BerakningsavslagHandler implements ExceptionHandler<Berakningsavslag, HttpResponse<ProblemDetail>> {

    @Override
    public HttpResponse<ProblemDetail> handle(HttpRequest request, Berakningsavslag avslag) {
        return ProblemResponses.svar(request, BerakningProblems.avvisad(avslag.fel()).problem());
    }
}
