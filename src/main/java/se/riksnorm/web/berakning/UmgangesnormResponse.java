package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "UmgangesnormBerakning", description = "Umgängesnorm per barn och totalt")
public record UmgangesnormResponse(
        @Schema(example = "2023-03") String manad,
        List<Rad> rader,
        long summa,
        List<GrundResponse> grunder,
        NormunderlagResponse normer) {

    @Serdeable
    @Schema(name = "UmgangesnormRad")
    public record Rad(String barn, String kolumn, String benamning, long perDag, int dagar, long belopp, String regel) {
    }
}
