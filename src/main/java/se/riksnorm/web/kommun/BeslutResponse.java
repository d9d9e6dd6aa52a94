package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.fordelning.Beslut;

@Serdeable
@Schema(name = "Beslut", description = "Nämndens beslut om fördelningen; okända delar är null")
public record BeslutResponse(
        @Schema(example = "Socialnämnden") String namnd,
        @Nullable @Schema(example = "2022-12-08") String datum,
        @Nullable String paragraf,
        @Nullable @Schema(example = "SN22/37") String diarienummer,
        @Nullable @Schema(example = "2022-11-21") String tjansteskrivelseDatum,
        String underlag) {

    public static BeslutResponse av(Beslut beslut) {
        return new BeslutResponse(beslut.namnd(), text(beslut.datum()), beslut.paragraf(), beslut.diarienummer(),
                text(beslut.tjansteskrivelseDatum()), beslut.underlag());
    }

    private static String text(Object varde) {
        return varde == null ? null : varde.toString();
    }
}
