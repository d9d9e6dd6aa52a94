package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.riksnorm.web.problem.ProblemDetail;

/** One line of a batch answer: the line number of the request, and its result or its problem. */
@Serdeable
record BatchRadResponse(long rad, @Nullable ForsorjningsstodResponse resultat, @Nullable ProblemDetail problem) {
}
