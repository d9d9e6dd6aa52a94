package se.riksnorm.web.upprakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.historik.SkillnadResponse;
import se.riksnorm.web.riksnorm.RiksnormResponse;

@Serdeable
@Schema(name = "RiksnormUtfall", description = "Årets riksnorm som den lagrades, och varje cell vars belopp skiljer sig från det den ersatte")
public record RiksnormUtfallResponse(
        @Schema(example = "Riksnormen 2024 föreslagen ur 2023 + 8,7 %; ersatte en preliminär tabell, 0 belopp ändrade") String meddelande,
        @Schema(description = "om en lagrad tabell för året ersattes") boolean ersatte,
        @Schema(description = "varje cell vars belopp ändrades: för den publicerade tabellen, där förslaget skilde sig")
        List<SkillnadResponse> skillnader,
        RiksnormResponse riksnorm,
        @Schema(description = "true: tabellen är ett räkneexempel och lagrades inte (årets riksnorm fastställs ur ett referensvärde, "
                + "från 2027)") boolean endastExempel) {
}
