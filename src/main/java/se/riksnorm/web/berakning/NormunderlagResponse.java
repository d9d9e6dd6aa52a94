package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Normunderlag", description = "Normversionerna, reglerna och lagrummen som månaden beräknades med")
public record NormunderlagResponse(
        @Schema(example = "2023") int riksnormAr,
        @Schema(example = "FASTSTALLD") String riksnormStatus,
        @Schema(example = "nykoping") String kommun,
        @Nullable @Schema(example = "2023") Integer fordelningAr,
        @Nullable @Schema(example = "BESLUTAD") String fordelningStatus,
        @Nullable @Schema(example = "SN22/37") String diarienummer,
        @Nullable @Schema(example = "2022-12-08") String beslutsdatum,
        @Schema(description = "regelverket och lagen det följer den månaden") String regelverk,
        @Schema(description = "tjänstens version", example = "0.1.0") String tjanstversion,
        @Schema(description = "varje regel som gällde månaden, med författning och paragraf") List<LagrumResponse> lagrum) {
}
