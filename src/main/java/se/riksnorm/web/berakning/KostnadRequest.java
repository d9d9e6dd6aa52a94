package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Kostnad", description = "En skälig kostnad eller livsföring i övrigt för perioden, i hela kronor")
public record KostnadRequest(
        @Schema(description = "BOENDE, HUSHALLSEL, ARBETSRESOR, HEMFORSAKRING, FACKFORENING, A_KASSA, OVRIG_SKALIG_KOSTNAD, "
                + "LIVSFORING_I_OVRIGT", example = "BOENDE") String typ,
        Long belopp,
        @Nullable @Schema(example = "hyra enligt hyresavi") String beskrivning) {
}
