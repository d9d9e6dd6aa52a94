package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "FordelningSammanfattning", description = "Ett år i listan över en kommuns fördelningar")
public record FordelningSummaryResponse(
        @Schema(example = "2023") int ar,
        @Schema(description = "FORSLAG eller BESLUTAD", example = "BESLUTAD") String status,
        @Nullable @Schema(example = "SN22/37") String diarienummer,
        @Nullable @Schema(example = "2022-12-08") String beslutsdatum,
        @Schema(example = "1") int antalAvvikelser,
        @Schema(example = "/api/v1/kommuner/nykoping/fordelningar/2023") String href) {
}
