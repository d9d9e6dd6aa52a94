package se.riksnorm.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Writes a problem as the response body, with its media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static MutableHttpResponse<ProblemDetail> svar(HttpRequest<?> request, ProblemDetail problem) {
        ProblemDetail medInstans = problem.instance() == null && request != null ? problem.withInstance(request.getPath()) : problem;
        return HttpResponse.<ProblemDetail>status(HttpStatus.valueOf(problem.status()))
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body(medInstans);
    }
}
