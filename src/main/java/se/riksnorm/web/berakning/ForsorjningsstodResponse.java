package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.kommun.KommunRef;

/**
 * The answer to a försörjningsstöd request. A period within one month answers as it always has, with
 * {@code delar} null. A period over several months answers with one part per month in {@code delar}, each exactly a
 * one-month answer, and the period's totals in {@code summering}; its own {@code rader} are then empty and
 * {@code hushalletsStorlek} and {@code normer} null, since they belong to a month (docs/adr/0092).
 */
@Serdeable
@Schema(name = "Forsorjningsstod", description = "Beräknat försörjningsstöd: varje rad med regel och grund, summor, normversioner. "
        + "En period över flera månader har en del per månad i delar (var och en ett svar för en månad) och periodens summor "
        + "i summering; då är rader tom och hushalletsStorlek och normer null.")
public record ForsorjningsstodResponse(
        @Nullable @Schema(description = "id när beräkningen sparats, annars null") String id,
        @Nullable @Schema(description = "när beräkningen sparades") String sparad,
        KommunRef kommun,
        PeriodResponse period,
        @Nullable @Schema(description = "antal personer för gemensamma kostnader; null för en period över flera månader (se delar)",
                example = "4") Integer hushalletsStorlek,
        List<RadResponse> rader,
        SummeringResponse summering,
        List<AnmarkningResponse> anmarkningar,
        @Nullable @Schema(type = "object", description = "normerna och lagen som månaden beräknades med; null för en period över flera månader")
        NormunderlagResponse normer,
        @Nullable @Schema(description = "en del per månad (eller del av månad) när perioden omfattar flera månader; annars null")
        List<ForsorjningsstodResponse> delar) {
}
