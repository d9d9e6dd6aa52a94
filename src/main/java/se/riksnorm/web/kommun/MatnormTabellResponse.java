package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Matnorm", description = "Livsmedelsposten per månad, vecka och dag")
public record MatnormTabellResponse(
        @Schema(example = "ar_0") String kolumn,
        @Schema(example = "0 år") String benamning,
        long perManad,
        long perVecka,
        long perDag) {
}
