package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "UmgangesnormBegaran", description = "Umgängesnorm för barn på umgänge; varje barn med dagar och roll UMGANGESBARN")
public record UmgangesnormRequest(
        @Schema(example = "nykoping") String kommun,
        @Schema(description = "ÅÅÅÅ-MM", example = "2023-03") String manad,
        List<MedlemRequest> barn) {
}
