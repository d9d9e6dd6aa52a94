package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Anmarkning", description = "Något handläggaren behöver veta om resultatet")
public record AnmarkningResponse(@Schema(example = "FORDELNING_AVVIKER") String kod, String meddelande) {
}
