package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "MatnormBegaran", description = "Matnorm för hushållets personer under ett antal dagar")
public record MatnormRequest(
        @Schema(example = "nykoping") String kommun,
        @Schema(description = "ÅÅÅÅ-MM", example = "2023-03") String manad,
        @Schema(example = "7") Integer dagar,
        List<MedlemRequest> medlemmar) {
}
