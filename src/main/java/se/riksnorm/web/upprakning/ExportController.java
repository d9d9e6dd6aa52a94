package se.riksnorm.web.upprakning;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ExportService;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.domain.fordelning.Kommun;

/**
 * Stored tables as norms files: shown for review, or written into norms/ to be committed; the national table by the
 * national administrator, a kommun's by its own sakkunnig.
 */
@Secured({Roller.SAKKUNNIG, Roller.ADMINISTRATOR})
@Controller("/api/v1")
@Tag(name = "Upprakning")
class ExportController {

    /** YAML's media type (RFC 9512). */
    static final String YAML = "application/yaml";

    private final ExportService tjanst;
    private final Normregister register;

    ExportController(ExportService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Årets riksnorm som normfil.
     * Filen norms/riksnorm/&lt;år&gt;.yaml som exporten skulle skriva, för granskning.
     */
    @Get(value = "/riksnormer/{ar}/normfil", produces = YAML)
    @Operation(operationId = "riksnormensNormfil")
    @ApiResponse(responseCode = "200", description = "Filen", content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
    HttpResponse<String> riksnormensFil(@PathVariable @Parameter(example = "2024") int ar) {
        return HttpResponse.ok(tjanst.text(riksnorm(ar))).contentType(YAML + "; charset=utf-8");
    }

    /**
     * Skriv årets riksnorm till norms/.
     * Skriver norms/riksnorm/&lt;år&gt;.yaml och lägger till källor som saknas i norms/kallor.yaml; filerna läses tillbaka
     * och måste ge exakt den lagrade tabellen. Checka sedan in dem.
     */
    @Secured(Roller.ADMINISTRATOR)
    @Post(value = "/riksnormer/{ar}/export", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "exporteraRiksnorm")
    @ApiResponse(responseCode = "404", description = "Ingen riksnorm för året")
    ExportResponse exporteraRiksnorm(@PathVariable @Parameter(example = "2024") int ar, @Parameter(hidden = true) Anvandare anvandare) {
        return ExportResponse.av(tjanst.exportera(riksnorm(ar), anvandare));
    }

    /**
     * Kommunens gällande tabell som normfil.
     * Filen norms/kommuner/&lt;kommun&gt;/&lt;år&gt;.yaml som exporten skulle skriva, för granskning.
     */
    @Get(value = "/kommuner/{kommun}/fordelningar/{ar}/normfil", produces = YAML)
    @Operation(operationId = "fordelningensNormfil")
    @ApiResponse(responseCode = "200", description = "Filen", content = @Content(mediaType = YAML, schema = @Schema(type = "string")))
    HttpResponse<String> fordelningensFil(@PathVariable @Parameter(example = "nykoping") String kommun,
                                          @PathVariable @Parameter(example = "2024") int ar) {
        Normbok normbok = register.aktuell();
        return HttpResponse.ok(tjanst.text(Kommunuppslag.hitta(kommun, normbok), ar)).contentType(YAML + "; charset=utf-8");
    }

    /**
     * Skriv en beslutad fördelning till norms/.
     * Skriver den gällande, beslutade versionen till norms/kommuner/&lt;kommun&gt;/&lt;år&gt;.yaml och dess källa
     * (beslutet) till norms/kallor.yaml; filerna läses tillbaka och måste ge exakt den lagrade tabellen. Checka sedan in dem.
     */
    @Secured(Roller.SAKKUNNIG)
    @Post(value = "/kommuner/{kommun}/fordelningar/{ar}/export", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "exporteraFordelning")
    @ApiResponse(responseCode = "409", description = "Året är inte beslutat, eller kommunen har ingen katalog i norms/")
    ExportResponse exporteraFordelning(@PathVariable @Parameter(example = "nykoping") String kommun,
                                       @PathVariable @Parameter(example = "2024") int ar,
                                       @Parameter(hidden = true) Anvandare anvandare,
                                       @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.SKRIVA_TILL_NORMS);
        return ExportResponse.av(tjanst.exportera(hittad, ar, anvandare));
    }

    private Riksnorm riksnorm(int ar) {
        Normbok normbok = register.aktuell();
        return normbok.riksnorm(ar).orElseThrow(() -> Problems.okandRiksnorm(ar, normbok));
    }
}
