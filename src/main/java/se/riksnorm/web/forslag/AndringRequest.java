package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Andring", description = "Sakkunnigs ändring av celler i ett förslag: allt eller inget, med motivering")
public record AndringRequest(
        @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Cell> celler,
        @Nullable @Schema(description = "varför; krävs och sparas i historiken", example = "Som i 2023 års beslut",
                requiredMode = Schema.RequiredMode.REQUIRED) String motivering) {

    @Serdeable
    @Schema(name = "Cellandring")
    public record Cell(
            @Nullable @Schema(description = "cellen med normfilernas nycklar: personliga_kostnader.<post>.<kolumn>, "
                    + "gemensamma_kostnader.<post>.<antal>, umgangesnorm.per_dag.<kolumn>",
                    example = "personliga_kostnader.fritid_och_lek.ar_1_2") String cell,
            @Nullable @Schema(description = "nytt belopp, hela kronor") Long kronor) {
    }
}
