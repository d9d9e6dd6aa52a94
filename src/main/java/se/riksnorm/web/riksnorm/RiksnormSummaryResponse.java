package se.riksnorm.web.riksnorm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Serdeable
@Schema(name = "RiksnormSammanfattning", description = "Ett år i listan över riksnormer")
public record RiksnormSummaryResponse(
        @Schema(example = "2023") int ar,
        @Schema(example = "2023-01") String giltigFran,
        @Schema(example = "2023-12") String giltigTill,
        @Schema(description = "FASTSTALLD eller PRELIMINAR", example = "FASTSTALLD") String status,
        @Nullable String upprakningProcent,
        @Schema(description = "antal belopp per tillförlitlighet") Map<String, Integer> tillforlitlighet,
        int antalAvvikelser,
        @Schema(example = "/api/v1/riksnormer/2023") String href) {
}
