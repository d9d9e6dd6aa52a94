package se.riksnorm.web.riksnorm;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.riksnorm.Upprakning;

@Serdeable
@Schema(name = "Upprakning", description = "Regeringens uppräkning av riksnormen för året")
public record UpprakningResponse(
        @Schema(description = "procent, som text för att vara exakt") String procent,
        @Schema(example = "UPPAT_TILL_TIOTAL") String avrundning,
        String kalla) {

    static UpprakningResponse av(Upprakning upprakning) {
        return new UpprakningResponse(upprakning.procent().toPlainString(), upprakning.avrundning().name(),
                upprakning.kalla().id());
    }
}
