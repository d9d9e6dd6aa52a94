package se.riksnorm.web.historik;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.domain.historik.Handelse;

@Serdeable
@Schema(name = "Handelse", description = "Ett steg i en tabells historik: vad, vem, när, varför och varje ändrad cell (före → efter)")
public record HandelseResponse(
        @Schema(example = "CELLER_ANDRADE") String typ,
        @Schema(example = "Celler ändrade") String benamning,
        @Schema(example = "anna.ulf") String anvandare,
        @Schema(example = "2026-11-20T09:14:03Z") String tidpunkt,
        @Nullable @Schema(example = "Livsmedel 1–2 år avrundas som i 2023 års beslut") String motivering,
        @Nullable @Schema(example = "7") Long forslag,
        List<SkillnadResponse> skillnader) {

    public static HandelseResponse av(Handelse handelse) {
        return new HandelseResponse(handelse.typ().name(), handelse.typ().benamning(), handelse.anvandare().namn(),
                handelse.tidpunkt().toString(), handelse.motivering(), handelse.forslagId(),
                handelse.skillnader().stream().map(SkillnadResponse::av).toList());
    }
}
