package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "ForsorjningsstodBegaran", description = "Ett hushåll och en månad, del av en månad, eller en period över flera "
        + "månader (högst ett år) som beräknas månad för månad")
public record ForsorjningsstodRequest(
        @Schema(description = "kommunens id, kommunkod eller namn", example = "nykoping") String kommun,
        @Nullable @Schema(description = "hel månad, ÅÅÅÅ-MM; eller ange fran och till", example = "2023-03") String manad,
        @Nullable @Schema(description = "periodens första dag, ÅÅÅÅ-MM-DD", format = "date", example = "2023-03-15") String fran,
        @Nullable @Schema(description = "periodens sista dag, ÅÅÅÅ-MM-DD; samma månad eller senare, högst ett år efter fran", format = "date",
                example = "2023-03-31") String till,
        List<MedlemRequest> medlemmar,
        @Nullable @Schema(description = "personer som delar bostaden men inte ingår i beräkningen")
        Integer ovrigaIHushallet,
        @Nullable List<KostnadRequest> kostnader,
        @Nullable List<InkomstRequest> inkomster,
        @Nullable @Schema(description = "nedsättningar som handläggaren beslutat") List<NedsattningRequest> nedsattningar) {
}
