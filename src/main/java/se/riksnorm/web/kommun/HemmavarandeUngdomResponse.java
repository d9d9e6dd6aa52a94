package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "HemmavarandeUngdom", description = "Normen för hemmavarande ungdom: ensamstående + gemensamma kostnader / antal personer")
public record HemmavarandeUngdomResponse(
        @Schema(example = "Ensamstående personliga kostnader + hushållets gemensamma kostnader / antal personer") String regel,
        @Schema(description = "hur andelen avrundas", example = "HALVT_UPPAT") String avrundning,
        @Nullable Exempel exempel) {

    @Serdeable
    @Schema(name = "HemmavarandeUngdomExempel", description = "Exemplet som det står i bilagan")
    public record Exempel(
            @Schema(example = "5") int antalPersoner,
            @Schema(example = "1890") long gemensamma,
            @Schema(example = "378") long andel,
            @Schema(example = "3210") long ensamstaende,
            @Schema(example = "3588") long summa) {
    }
}
