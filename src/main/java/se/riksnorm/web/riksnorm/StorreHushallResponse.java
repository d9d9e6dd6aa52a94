package se.riksnorm.web.riksnorm;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "StorreHushall", description = "Gemensamma kostnader för hushåll med fler än sju personer")
public record StorreHushallResponse(
        @Schema(example = "Varje person utöver sju lägger till skillnaden mellan sju och sex personer (G7 − G6)") String regel,
        @Schema(description = "G7 − G6, kronor per månad och person") long tillaggPerPerson,
        String kalla) {
}
