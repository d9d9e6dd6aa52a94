package se.riksnorm.web.upprakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.normfiles.Exportutfall;

@Serdeable
@Schema(name = "Export", description = "Vad exporten skrev till norms/; läses in oförändrad vid nästa start")
public record ExportResponse(
        @Schema(example = "norms/kommuner/nykoping/2024.yaml") String fil,
        @Schema(description = "om filen skrevs (false: den innehöll redan exakt tabellen)") boolean andrad,
        @Schema(description = "källor som lades till i norms/kallor.yaml", example = "[\"nykoping-2024-sn23-41\"]")
        List<String> tillagdaKallor,
        @Schema(description = "andra filer som skrevs: kommun.yaml för en kommun som saknade katalog i norms/",
                example = "[\"norms/kommuner/tranas/kommun.yaml\"]") List<String> nyaFiler,
        @Schema(example = "Granska och checka in: git add norms/ && git commit") String meddelande) {

    static ExportResponse av(Exportutfall utfall) {
        return new ExportResponse(utfall.fil(), utfall.andrad(), utfall.tillagdaKallor(), utfall.nyaFiler(), utfall.andrad()
                ? "Skriven. Granska och checka in: git diff norms/ && git add norms/ && git commit"
                : "Oförändrad: " + utfall.fil() + " innehåller redan exakt den lagrade tabellen.");
    }
}
