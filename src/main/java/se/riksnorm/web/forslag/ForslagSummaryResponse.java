package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "ForslagSammanfattning", description = "Ett förslag i listan över en kommuns förslag")
public record ForslagSummaryResponse(
        @Schema(example = "7") long id,
        @Schema(example = "2024") int ar,
        @Schema(example = "2023") int fran,
        @Schema(example = "FORSLAG") String status,
        @Nullable Integer beslutadVersion,
        int antalAvvikelser,
        @Schema(example = "/api/v1/forslag/7") String href) {
}
