package se.riksnorm.web.riksnorm;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.kalla.Normbelopp;

@Serdeable
@Schema(name = "Riksnormsbelopp", description = "Ett belopp i riksnormen med dess källa")
public record BeloppResponse(
        @Schema(description = "kolumnens nyckel: åldersgrupp eller antal personer", example = "ar_0") String kolumn,
        @Schema(example = "0 år") String benamning,
        @Schema(description = "kronor per månad") long kronor,
        @Schema(description = "källans id, se kallor", example = "nykoping-sn22-37-riksnorm") String kalla,
        @Schema(example = "KOMMUNSIDA") String tillforlitlighet) {

    static BeloppResponse av(String kolumn, String benamning, Normbelopp belopp) {
        return new BeloppResponse(kolumn, benamning, belopp.kronor().belopp(), belopp.kalla().id(),
                belopp.tillforlitlighet().name());
    }
}
