package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Grund", description = "Vad en rad vilar på: riksnorm, kommunbeslut, författning, kommunens inställning eller uppgift")
public record GrundResponse(
        @Schema(description = "RIKSNORM, KOMMUNBESLUT, FORFATTNING, KOMMUNINSTALLNING eller UPPGIFT", example = "KOMMUNBESLUT") String typ,
        @Schema(example = "Nyköping, fördelning av riksnormen 2023: Socialnämnden 2022-12-08, Dnr SN22/37 (beslutad)") String hanvisning,
        @Nullable @Schema(example = "OFFICIELL") String tillforlitlighet) {
}
