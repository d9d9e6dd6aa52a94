package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Rad", description = "En rad i beräkningen med regel, räkning och grund")
public record RadResponse(
        @Schema(description = "PERSONLIGA_KOSTNADER, BEGRANSNING, GEMENSAMMA_KOSTNADER, UMGANGESNORM, SKALIG_KOSTNAD, "
                + "LIVSFORING_I_OVRIGT, INKOMST, JOBBSTIMULANS, BARNS_ARBETSINKOMST eller NEDSATTNING",
                example = "PERSONLIGA_KOSTNADER") String typ,
        @Nullable @Schema(example = "barn 1") String medlem,
        @Nullable @Schema(example = "ar_7_10") String kolumn,
        @Schema(example = "Personliga kostnader, 7–10 år") String benamning,
        long kronor,
        String regel,
        List<GrundResponse> grunder,
        @Schema(description = "kommunens poster för beloppet, när raden gäller hela månaden") List<DelpostResponse> poster) {
}
