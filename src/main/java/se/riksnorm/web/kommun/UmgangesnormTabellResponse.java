package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Umgangesnorm", description = "Umgängesnorm per barn och dag, matnorm inräknad")
public record UmgangesnormTabellResponse(
        @Schema(example = "ar_0") String kolumn,
        @Schema(example = "0 år") String benamning,
        long perDag) {
}
