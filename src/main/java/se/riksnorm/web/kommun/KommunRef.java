package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.fordelning.Kommun;

@Serdeable
@Schema(name = "KommunRef")
public record KommunRef(
        @Schema(example = "nykoping") String id,
        @Schema(description = "kommunkod (SCB)", example = "0480") String kod,
        @Schema(example = "Nyköping") String namn) {

    public static KommunRef av(Kommun kommun) {
        return new KommunRef(kommun.id(), kommun.kod(), kommun.namn());
    }
}
