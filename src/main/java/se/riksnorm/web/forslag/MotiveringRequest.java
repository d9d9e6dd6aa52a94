package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Motivering", description = "Varför ett steg tas; sparas i historiken")
public record MotiveringRequest(@Nullable @Schema(example = "Regeln ger 2023 års rad utom två kolumner; godtas") String motivering) {
}
