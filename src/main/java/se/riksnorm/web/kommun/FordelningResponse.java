package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.AvvikelseResponse;
import se.riksnorm.web.KallaResponse;

@Serdeable
@Schema(name = "Fordelning", description = "En kommuns fördelning av ett års riksnorm, som i bilagan "
        + "\"Underlag för beräkning av normen för ekonomiskt bistånd\", med beslut, källa och kontroll mot riksnormen")
public record FordelningResponse(
        KommunRef kommun,
        @Schema(example = "2023") int ar,
        @Schema(description = "FORSLAG eller BESLUTAD; en beslutad fördelning ändras aldrig", example = "BESLUTAD") String status,
        // type beside nullable: without it a schema reference cannot be null (OpenAPI 3.0, redocly nullable-type-sibling)
        @Nullable @Schema(type = "object") BeslutResponse beslut,
        KallaResponse kalla,
        @Schema(description = "riksnormen fördelningen kontrolleras mot", example = "/api/v1/riksnormer/2023") String riksnorm,
        @Schema(description = "de tio kolumnerna, varje med sina poster") List<KolumnResponse> personligaKostnader,
        @Schema(description = "per hushållsstorlek, 1 till kommunens största tabellerade hushåll")
        List<KolumnResponse> gemensammaKostnader,
        List<MatnormTabellResponse> matnorm,
        @Schema(description = "för barnens kolumner 0–20 år") List<UmgangesnormTabellResponse> umgangesnorm,
        HemmavarandeUngdomResponse hemmavarandeUngdom,
        @Schema(description = "celler som inte håller vad en regel kräver") List<AvvikelseResponse> avvikelser) {
}
