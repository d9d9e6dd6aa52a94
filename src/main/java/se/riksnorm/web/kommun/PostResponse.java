package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Post", description = "En behovspost i en kolumn")
public record PostResponse(
        @Schema(example = "livsmedel") String post,
        @Schema(example = "Livsmedel") String benamning,
        @Schema(description = "kronor per månad") long kronor) {
}
