package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "BeslutBegaran", description = "Nämndens beslut om förslaget")
public record BeslutRequest(
        @Nullable @Schema(example = "Socialnämnden", requiredMode = Schema.RequiredMode.REQUIRED) String namnd,
        @Nullable @Schema(description = "beslutsdatum ÅÅÅÅ-MM-DD", example = "2023-12-07", requiredMode = Schema.RequiredMode.REQUIRED)
        String datum,
        @Nullable @Schema(description = "protokollets paragraf", example = "§ 112") String paragraf,
        @Nullable @Schema(example = "SN23/41", requiredMode = Schema.RequiredMode.REQUIRED) String diarienummer,
        @Nullable @Schema(description = "tjänsteskrivelsens datum", example = "2023-11-20") String tjansteskrivelse,
        @Nullable @Schema(description = "underlaget; utelämnat: bilagan \"Underlag för beräkning av normen …\"") String underlag,
        @Nullable @Schema(description = "versionen av årets beslutade tabell som beslutet ersätter; krävs när året redan är beslutat",
                example = "1") Integer ersatter) {
}
