package se.riksnorm.web.forslag;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.historik.SkillnadResponse;

@Serdeable
@Schema(name = "AndringUtfall", description = "Cellerna ändringen ändrade (före → efter) och förslaget efteråt, omprövat mot riksnormen")
public record AndringResponse(List<SkillnadResponse> andrat, ForslagResponse forslag) {
}
