package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.web.problem.ProblemDetail;

/** One line of a batch answer: the line number of the request, and its result or its problem. */
@Serdeable
@Schema(name = "BatchRad", description = "En rad i svaret på en batch (NDJSON, ett JSON-objekt per rad): begärans radnummer och "
        + "dess resultat eller problem")
record BatchRadResponse(long rad, @Nullable ForsorjningsstodResponse resultat, @Nullable ProblemDetail problem) {
}
