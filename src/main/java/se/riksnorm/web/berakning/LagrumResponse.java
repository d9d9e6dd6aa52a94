package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Lagrum", description = "En regel så som den gällde den beräknade månaden: författning, paragraf, sedan när, hur säker")
public record LagrumResponse(
        @Schema(description = "regelns nyckel i norms/regler/lagrum.yaml", example = "jobbstimulans") String regel,
        @Schema(example = "Socialtjänstlagen (2025:400) 12 kap. 8 §") String lagrum,
        String innehall,
        @Schema(description = "månaden lydelsen gäller från", example = "2025-07") String giltigFran,
        @Schema(description = "BESLUTAD, eller PRELIMINAR när lagtexten ännu inte setts", example = "BESLUTAD") String status,
        @Schema(description = "källans id i norms/kallor.yaml", example = "sfs-2025-400") String kalla) {
}
