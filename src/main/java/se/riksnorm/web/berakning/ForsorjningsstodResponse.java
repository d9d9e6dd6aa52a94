package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.kommun.KommunRef;

@Serdeable
@Schema(name = "Forsorjningsstod", description = "Beräknat försörjningsstöd: varje rad med regel och grund, summor, normversioner")
public record ForsorjningsstodResponse(
        @Nullable @Schema(description = "id när beräkningen sparats, annars null") String id,
        @Nullable @Schema(description = "när beräkningen sparades") String sparad,
        KommunRef kommun,
        PeriodResponse period,
        @Schema(description = "antal personer för gemensamma kostnader", example = "4") int hushalletsStorlek,
        List<RadResponse> rader,
        SummeringResponse summering,
        List<AnmarkningResponse> anmarkningar,
        NormunderlagResponse normer) {
}
