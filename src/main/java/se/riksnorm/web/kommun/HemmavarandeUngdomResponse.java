package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "HemmavarandeUngdom", description = "Normen för hemmavarande ungdom: ensamstående + gemensamma kostnader / antal personer")
public record HemmavarandeUngdomResponse(
        @Schema(example = "Ensamstående personliga kostnader + hushållets gemensamma kostnader / antal personer") String regel,
        @Schema(description = "hur andelen avrundas", example = "HALVT_UPPAT") String avrundning,
        @Nullable @Schema(type = "object") Exempel exempel) {

    @Serdeable
    @Schema(name = "HemmavarandeUngdomExempel", description = "Exemplet som det står i bilagan")
    public record Exempel(
            @Schema(example = "5") int antalPersoner,
            long gemensamma,
            long andel,
            long ensamstaende,
            long summa) {
    }
}
