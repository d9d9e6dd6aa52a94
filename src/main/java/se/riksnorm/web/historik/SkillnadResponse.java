package se.riksnorm.web.historik;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.tabell.Skillnad;

@Serdeable
@Schema(name = "Skillnad", description = "En cell (eller egenskap) före och efter, med normfilernas nycklar")
public record SkillnadResponse(
        @Schema(example = "gemensamma_kostnader.forbrukningsvaror.5") String cell,
        String fore,
        String efter) {

    public static SkillnadResponse av(Skillnad skillnad) {
        return new SkillnadResponse(skillnad.var(), skillnad.fore(), skillnad.efter());
    }
}
