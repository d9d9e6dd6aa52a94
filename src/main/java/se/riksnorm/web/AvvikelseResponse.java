package se.riksnorm.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.kontroll.Avvikelse;

@Serdeable
@Schema(name = "Avvikelse", description = "En cell som inte håller vad en regel kräver, t.ex. en kolumn som inte summerar till riksnormen")
public record AvvikelseResponse(
        @Schema(example = "SUMMA_MOT_RIKSNORM") String regel,
        @Schema(example = "GEMENSAMMA_KOSTNADER") String tabell,
        @Schema(example = "5 personer") String kolumn,
        long forvantat,
        long faktiskt,
        @Schema(description = "faktiskt − förväntat") long differens,
        String meddelande,
        @Schema(description = "Regeln och dess grund") String grund) {

    public static AvvikelseResponse av(Avvikelse avvikelse) {
        return new AvvikelseResponse(avvikelse.regel().name(), avvikelse.tabell().name(), avvikelse.kolumn(),
                avvikelse.forvantat().belopp(), avvikelse.faktiskt().belopp(), avvikelse.differens().belopp(),
                avvikelse.meddelande(), avvikelse.regel().grund());
    }
}
