package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.berakning.Nedsattningsgrund;

@Serdeable
@Schema(name = "Nedsattning", description = "En nedsättning av försörjningsstödet som handläggaren beslutat, med skälet; "
        + "sänker försörjningsstödet, aldrig under 0")
public record NedsattningRequest(
        @Schema(description = "kronor") Long belopp,
        @Schema(description = "PRAKTIK (avböjd praktik) eller AKTIVITETSKRAV (från 2026-07)", implementation = Nedsattningsgrund.class, example = "PRAKTIK") String grund,
        @Schema(description = "skälet enligt beslutet", example = "avböjde anvisad praktik 2026-03-04 utan godtagbart skäl")
        String motivering,
        @Nullable @Schema(description = "månaden nedsättningen gäller, ÅÅÅÅ-MM; krävs när perioden omfattar flera månader",
                example = "2026-03") String manad) {
}
