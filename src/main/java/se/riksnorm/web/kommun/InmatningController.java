package se.riksnorm.web.kommun;

import static se.riksnorm.web.kommun.InmatningRequestParser.CSV;
import static se.riksnorm.web.kommun.InmatningRequestParser.OKTETTER;
import static se.riksnorm.web.kommun.InmatningRequestParser.XLS;
import static se.riksnorm.web.kommun.InmatningRequestParser.XLSM;
import static se.riksnorm.web.kommun.InmatningRequestParser.XLSX;
import static se.riksnorm.web.kommun.InmatningRequestParser.YAML;
import static se.riksnorm.web.kommun.InmatningRequestParser.YAML_TEXT;
import static se.riksnorm.web.kommun.InmatningRequestParser.YAML_X;

import java.util.function.Supplier;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.OptionalInt;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.inmatning.InmatningAvvisad;
import se.riksnorm.normfiles.NormFileException;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.Inmatning;
import se.riksnorm.app.upprakning.InmatningService;
import se.riksnorm.web.forslag.BeslutRequest;
import se.riksnorm.web.forslag.BeslutRequestParser;
import se.riksnorm.web.http.Etikett;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.Roller;

/**
 * A kommun enters its own table for a year (docs/adr/0051): the bilaga's XLSX or CSV, edited in Excel, or the norms
 * files' format as JSON or YAML. {@code provning=true} answers with the table and its findings and stores nothing;
 * otherwise it is stored as the year's next version: a draft (the sakkunnig), or with the nämnd's decision in the JSON
 * (the beslutsfattare). The beslutsfattare records a decision on a stored draft with POST …/beslut. Only for the login's
 * own kommuner.
 */
@Secured({Roller.SAKKUNNIG, Roller.BESLUTSFATTARE})
@Controller(FordelningResponses.BAS + "/{kommun}/fordelningar/{ar}")
@Tag(name = "Kommun")
class InmatningController {

    private final InmatningService tjanst;
    private final Normregister register;

    InmatningController(InmatningService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Mata in kommunens tabell för året.
     * Bilagans XLSX eller CSV (exportera bilaga.xlsx, ändra i Excel, ladda upp; tabellen hittas på sina rubriker och
     * cellnycklar), eller normfilens format som JSON eller YAML (som normfil ger den). Varje cell prövas; fel ger 422
     * med blad, rad och kolumn och inget sparas. provning=true visar tabellen och dess avvikelser utan att spara.
     * Annars lagras den som årets nästa version: ett utkast, eller med beslut i JSON/YAML en beslutad tabell
     * (beslutsfattare; en redan beslutad version ersätts bara med ersatter). En fil i norms/ ersätter aldrig en inmatad
     * tabell (docs/adr/0051).
     */
    @Put(consumes = {XLSX, XLSM, XLS, CSV, MediaType.APPLICATION_JSON, YAML, YAML_TEXT, YAML_X, OKTETTER},
            produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "mataInFordelning")
    @RequestBody(content = {@Content(mediaType = XLSX), @Content(mediaType = CSV), @Content(mediaType = MediaType.APPLICATION_JSON),
            @Content(mediaType = YAML)})
    @ApiResponse(responseCode = "200", description = "Provning: tabellen som den skulle lagras; inget sparades")
    @ApiResponse(responseCode = "201", description = "Lagrad; Location anger versionen")
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för kommunen, eller saknar rollen")
    @ApiResponse(responseCode = "409", description = "Året är beslutat, riksnormen saknas, eller någon annan matade in samtidigt")
    @ApiResponse(responseCode = "413", description = "Filen är för stor, också uppackad")
    @ApiResponse(responseCode = "415", description = "Inte XLSX, CSV, JSON eller YAML; en arbetsbok med makron")
    @ApiResponse(responseCode = "422", description = "Tabellen är fel: varje fel med blad, rad och kolumn (eller fält)")
    HttpResponse<InmatningResponse> mataIn(
            @PathVariable @Parameter(description = "id, kommunkod eller namn", example = "tranas") String kommun,
            @PathVariable @Parameter(example = "2022") int ar,
            @Body byte[] fil,
            @Nullable @QueryValue @Parameter(description = "visa utan att spara") Boolean provning,
            @Nullable @QueryValue @Parameter(description = "den beslutade version ett nytt beslut ersätter") Integer ersatter,
            HttpRequest<?> request, @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.MATA_IN_TABELLER);
        InmatningService.Format format = InmatningRequestParser.format(request.getContentType().map(MediaType::toString).orElse(OKTETTER), fil);
        if (format == InmatningService.Format.XLSX || format == InmatningService.Format.CSV) {
            behorighet.kravRoll(Roller.SAKKUNNIG, Atgard.MATA_IN_UTKAST);
        }
        Inmatning granskad = granska(() -> tjanst.granska(hittad, InmatningRequestParser.ar(ar), fil, format, ersatter, anvandare, tabell -> {
            boolean beslut = tabell.status().arLast();
            behorighet.kravRoll(beslut ? Roller.BESLUTSFATTARE : Roller.SAKKUNNIG, beslut ? Atgard.MATA_IN_BESLUTAD_TABELL : Atgard.MATA_IN_UTKAST);
        }));
        if (Boolean.TRUE.equals(provning)) {
            return HttpResponse.ok(svar(granskad));
        }
        Inmatning lagrad = tjanst.lagra(granskad, anvandare);
        InmatningResponse svar = svar(lagrad);
        return HttpResponse.<InmatningResponse>status(HttpStatus.CREATED).headers(h -> h.location(URI.create(svar.href()))).body(svar);
    }

    /**
     * Registrera nämndens beslut om årets inmatade utkast.
     * Utkastet som gäller blir årets beslutade tabell, som nästa version, med beslutet som källa. Avvikelser visas och
     * följer tabellen (beslutet är fattat utanför tjänstens förslag). If-Match med utkastets version (valfritt) säkrar
     * att beslutet gäller den version som granskades.
     */
    @Secured(Roller.BESLUTSFATTARE)
    @Post(value = "/beslut", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "beslutaFordelning")
    @ApiResponse(responseCode = "201", description = "Beslutad; Location anger versionen")
    @ApiResponse(responseCode = "409", description = "Året har inget utkast, eller är redan beslutat")
    @ApiResponse(responseCode = "412", description = "Utkastet har fått en ny version sedan If-Match lästes")
    HttpResponse<InmatningResponse> besluta(
            @PathVariable @Parameter(description = "id, kommunkod eller namn", example = "tranas") String kommun,
            @PathVariable @Parameter(example = "2022") int ar,
            @Body BeslutRequest begaran,
            @Header("If-Match") @Nullable @Parameter(description = "utkastets version, t.ex. \"1\"") String ifMatch,
            @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.REGISTRERA_BESLUT);
        OptionalInt version = ifMatch == null ? OptionalInt.empty()
                : Etikett.forvantadTabellversion(ifMatch, hittad, ar);
        Inmatning beslutad = tjanst.besluta(hittad, InmatningRequestParser.ar(ar), BeslutRequestParser.beslut(begaran, ar), version.isPresent() ? version.getAsInt()
                : null, anvandare);
        InmatningResponse svar = svar(beslutad);
        return HttpResponse.<InmatningResponse>status(HttpStatus.CREATED).headers(h -> h.location(URI.create(svar.href()))).body(svar);
    }

    private InmatningResponse svar(Inmatning inmatning) {
        return InmatningResponse.av(inmatning, register.aktuell().riksnorm(inmatning.tabell().ar()).orElseThrow());
    }

    static Inmatning granska(Supplier<Inmatning> granskning) {
        try {
            return granskning.get();
        } catch (InmatningAvvisad e) {
            throw InmatningProblem.av(e);
        } catch (NormFileException e) {
            throw InmatningProblem.av(e);
        }
    }
}
