package se.riksnorm.web.upprakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "RiksnormForslagBegaran", description = "Föreslå årets riksnorm ur föregående års och regeringens uppräkning")
public record RiksnormForslagRequest(
        @Nullable @Schema(description = "uppräkningen i procent, som text så att decimalen är exakt",
                requiredMode = Schema.RequiredMode.REQUIRED) String procent,
        @Nullable @Schema(description = "varför; sparas i historiken", example = "Regeringens beslut 2023-09-20") String motivering) {
}
