package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Kommun", description = "En kommun och åren den har en fördelning av riksnormen för")
public record KommunResponse(
        @Schema(example = "nykoping") String id,
        @Schema(example = "0480") String kod,
        @Schema(example = "Nyköping") String namn,
        @Nullable @Schema(description = "länet (SCB)", example = "Södermanlands län") String lan,
        @Schema(example = "[2022, 2023]") List<Integer> ar,
        @Schema(example = "/api/v1/kommuner/nykoping/fordelningar") String fordelningar) {
}
