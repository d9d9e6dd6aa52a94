package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.web.kommun.BeslutResponse;
import se.riksnorm.web.kommun.FordelningResponse;

@Serdeable
@Schema(name = "Fordelningsversion", description = "En version av kommunens tabell för året; den högsta gäller")
public record VersionResponse(
        @Schema(example = "1") int version,
        @Schema(description = "FORSLAG eller BESLUTAD", example = "BESLUTAD") String status,
        @Schema(description = "om versionen gäller nu") boolean iKraft,
        @Nullable @Schema(type = "object") BeslutResponse beslut,
        @Nullable @Schema(description = "versionen den ersätter", example = "1") Integer ersatter,
        @Nullable @Schema(description = "versionen som ersatte den") Integer ersattAv,
        @Nullable @Schema(description = "förslaget den beslutades ur", example = "/api/v1/forslag/7") String forslag,
        @Schema(description = "varifrån den lagrades: en normfil eller ett förslag", example = "norms/kommuner/nykoping/2023.yaml")
        String kallfil,
        @Schema(example = "2026-11-20T09:14:03Z") String lagrad,
        @Schema(example = "/api/v1/kommuner/nykoping/fordelningar/2023/versioner/1") String href,
        @Nullable @Schema(type = "object", description = "hela tabellen, när en enskild version hämtas") FordelningResponse tabell) {
}
