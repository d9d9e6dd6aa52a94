package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.berakning.Inkomsttyp;

@Serdeable
@Schema(name = "Inkomst", description = "En inkomst för en månad, i hela kronor (lön netto)")
public record InkomstRequest(
        @Schema(description = "inkomstens slag", implementation = Inkomsttyp.class, example = "LON") String typ,
        Long belopp,
        @Nullable @Schema(description = "id för personen som har inkomsten", example = "sökande") String medlem,
        @Nullable @Schema(description = "personen har rätt till jobbstimulans: 25 % av lönen räknas inte") Boolean jobbstimulans,
        @Nullable String beskrivning,
        @Nullable @Schema(description = "månaden inkomsten gäller, ÅÅÅÅ-MM; krävs när perioden omfattar flera månader",
                example = "2023-03") String manad) {
}
