package se.riksnorm.web.inlasning;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.app.normer.NormLoadService;
import se.riksnorm.normfiles.NormsConfiguration;
import se.riksnorm.normfiles.Inlasningsutfall;

@Secured(Roller.ADMINISTRATOR)
@Controller(value = "/api/v1/inlasning", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Inlasning", description = "Hur norms/ lästes in när tjänsten startade")
class InlasningController {

    private final NormLoadService loader;
    private final NormsConfiguration configuration;

    InlasningController(NormLoadService loader, NormsConfiguration configuration) {
        this.loader = loader;
        this.configuration = configuration;
    }

    /**
     * Senaste inläsningen av norms/.
     * Varje fil: ny, oförändrad, uppdaterad, vägrad (en beslutad tabell ändras inte) eller fel, med skillnaderna mot
     * det lagrade och tabellens avvikelser.
     */
    @Get
    @Operation(operationId = "senasteInlasning")
    InlasningResponse senaste() {
        return svar(loader.senasteRapport());
    }

    /**
     * Läs in norms/ igen.
     * Läser in den konfigurerade normkatalogen utan omstart, med samma regler som vid start: oförändrade filer skriver
     * ingenting, en ändrad beslutad tabell vägras.
     */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "Inläsningens rapport")
    @ApiResponse(responseCode = "415", description = "Begäran är inte application/json")
    @Operation(operationId = "lasInNormer")
    InlasningResponse lasIn(@Parameter(hidden = true) Anvandare anvandare) {
        return svar(loader.lasIn(Path.of(configuration.directory()), anvandare));
    }

    private static InlasningResponse svar(Inlasningsrapport rapport) {
        Map<String, Long> sammanfattning = new LinkedHashMap<>();
        for (Inlasningsutfall utfall : Inlasningsutfall.values()) {
            sammanfattning.put(utfall.name(), rapport.antal(utfall));
        }
        return new InlasningResponse(rapport.tidpunkt().toString(), rapport.katalog(), sammanfattning,
                rapport.filer().stream().map(f -> new InlasningResponse.Fil(f.fil(), f.utfall().name(), f.meddelande(),
                        f.skillnader().stream().map(s -> new InlasningResponse.Skillnad(s.var(), s.fore(), s.efter())).toList(),
                        f.avvikelser())).toList());
    }
}
