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
        @Schema(example = "2060") long forvantat,
        @Schema(example = "2026") long faktiskt,
        @Schema(description = "faktiskt − förväntat", example = "-34") long differens,
        @Schema(example = "Gemensamma hushållskostnader, 5 personer: 2 026 kr men förväntat 2 060 kr (−34 kr). "
                + "Kolumnens poster ska summera till riksnormens belopp.") String meddelande,
        @Schema(description = "Regeln och dess grund") String grund) {

    public static AvvikelseResponse av(Avvikelse avvikelse) {
        return new AvvikelseResponse(avvikelse.regel().name(), avvikelse.tabell().name(), avvikelse.kolumn(),
                avvikelse.forvantat().belopp(), avvikelse.faktiskt().belopp(), avvikelse.differens().belopp(),
                avvikelse.meddelande(), avvikelse.regel().grund());
    }
}
