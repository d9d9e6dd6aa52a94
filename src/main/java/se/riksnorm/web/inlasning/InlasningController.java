package se.riksnorm.web.inlasning;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.normfiles.NormLoader;
import se.riksnorm.normfiles.Utfall;

@Controller(value = "/api/v1/inlasning", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Inläsning", description = "Hur norms/ lästes in när tjänsten startade")
class InlasningController {

    private final NormLoader loader;

    InlasningController(NormLoader loader) {
        this.loader = loader;
    }

    @Get
    @Operation(summary = "Senaste inläsningen av norms/", description = "Varje fil: ny, oförändrad, uppdaterad, vägrad "
            + "(en beslutad tabell ändras inte) eller fel, med skillnaderna mot det lagrade och tabellens avvikelser.")
    InlasningResponse senaste() {
        Inlasningsrapport rapport = loader.senasteRapport();
        Map<String, Long> sammanfattning = new LinkedHashMap<>();
        for (Utfall utfall : Utfall.values()) {
            sammanfattning.put(utfall.name(), rapport.antal(utfall));
        }
        return new InlasningResponse(rapport.tidpunkt().toString(), rapport.katalog(), sammanfattning,
                rapport.filer().stream().map(f -> new InlasningResponse.Fil(f.fil(), f.utfall().name(), f.meddelande(),
                        f.skillnader().stream().map(s -> new InlasningResponse.Skillnad(s.var(), s.fore(), s.efter())).toList(),
                        f.avvikelser())).toList());
    }
}
