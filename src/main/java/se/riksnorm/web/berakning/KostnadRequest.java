package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.berakning.Kostnadstyp;

@Serdeable
@Schema(name = "Kostnad", description = "En skälig kostnad eller livsföring (levnadskostnader) i övrigt för en månad, i hela kronor")
public record KostnadRequest(
        @Schema(description = "kostnadens slag", implementation = Kostnadstyp.class, example = "BOENDE") String typ,
        Long belopp,
        @Nullable @Schema(example = "hyra enligt hyresavi") String beskrivning,
        @Nullable @Schema(description = "månaden kostnaden gäller, ÅÅÅÅ-MM; krävs när perioden omfattar flera månader",
                example = "2023-03") String manad) {
}
