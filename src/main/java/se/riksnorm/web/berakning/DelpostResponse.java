package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Delpost", description = "En behovspost av radens belopp, som kommunen fördelat den")
public record DelpostResponse(@Schema(example = "livsmedel") String post, @Schema(example = "Livsmedel") String benamning,
                              long kronor) {
}
