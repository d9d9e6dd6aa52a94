package se.riksnorm.web.inlasning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

@Serdeable
@Schema(name = "Inlasning", description = "Vad den senaste inläsningen av norms/ gjorde, fil för fil")
public record InlasningResponse(
        String tidpunkt,
        String katalog,
        @Schema(description = "antal filer per utfall") Map<String, Long> sammanfattning,
        List<Fil> filer) {

    @Serdeable
    @Schema(name = "InlasningFil")
    public record Fil(
            @Schema(example = "norms/kommuner/nykoping/2023.yaml") String fil,
            @Schema(description = "NY, OFORANDRAD, UPPDATERAD, VAGRAD eller FEL", example = "OFORANDRAD") String utfall,
            String meddelande,
            @Schema(description = "skillnader mot det lagrade, i filens nycklar") List<Skillnad> skillnader,
            @Schema(description = "tabellens avvikelser mot riksnormen") List<String> avvikelser) {
    }

    @Serdeable
    @Schema(name = "InlasningSkillnad")
    public record Skillnad(
            @Schema(example = "gemensamma_kostnader.forbrukningsvaror.5") String var,
            String fore,
            String efter) {
    }
}
