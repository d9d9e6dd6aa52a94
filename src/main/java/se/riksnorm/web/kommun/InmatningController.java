package se.riksnorm.web.kommun;

import java.util.function.Supplier;
import se.riksnorm.web.problem.Problemtyp;
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
import java.util.Locale;
import java.util.OptionalInt;
import se.riksnorm.domain.fordelning.Fordelning;
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
import se.riksnorm.web.problem.Problems;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String XLSM = "application/vnd.ms-excel.sheet.macroenabled.12";
    private static final String XLS = "application/vnd.ms-excel";
    static final String CSV = "text/csv";
    private static final String YAML = "application/yaml";
    private static final String OKTETTER = "application/octet-stream";

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
    @Put(consumes = {XLSX, XLSM, XLS, CSV, MediaType.APPLICATION_JSON, YAML, "text/yaml", "application/x-yaml", OKTETTER},
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
        behorighet.kravFor(hittad, "mata in dess tabeller");
        InmatningService.Format format = format(request.getContentType().map(MediaType::toString).orElse(OKTETTER), fil);
        if (format == InmatningService.Format.XLSX || format == InmatningService.Format.CSV) {
            behorighet.kravRoll(Roller.SAKKUNNIG, "mata in ett utkast");
        }
        Inmatning granskad = granska(() -> tjanst.granska(hittad, ar(ar), fil, format, ersatter, anvandare, tabell -> {
            boolean beslut = tabell.status().arLast();
            behorighet.kravRoll(beslut ? Roller.BESLUTSFATTARE : Roller.SAKKUNNIG, beslut ? "mata in en beslutad tabell" : "mata in ett utkast");
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
        behorighet.kravFor(hittad, "registrera dess beslut");
        OptionalInt version = ifMatch == null ? OptionalInt.empty()
                : Etikett.forvantadVersion(ifMatch, hittad.namn() + " " + ar);
        Inmatning beslutad = tjanst.besluta(hittad, ar(ar), BeslutRequestParser.beslut(begaran, ar), version.isPresent() ? version.getAsInt()
                : null, anvandare);
        InmatningResponse svar = svar(beslutad);
        return HttpResponse.<InmatningResponse>status(HttpStatus.CREATED).headers(h -> h.location(URI.create(svar.href()))).body(svar);
    }

    private InmatningResponse svar(Inmatning inmatning) {
        return svar(inmatning, register);
    }

    static InmatningResponse svar(Inmatning inmatning, Normregister register) {
        Fordelning tabell = inmatning.tabell();
        String namn = tabell.kommun().namn() + " " + tabell.ar();
        String lage = tabell.status().arLast() ? "beslutad tabell" : "utkast";
        String fynd = inmatning.avvikelser().isEmpty() ? "inga avvikelser mot riksnormen"
                : inmatning.avvikelser().size() + (inmatning.avvikelser().size() == 1 ? " avvikelse" : " avvikelser") + " mot riksnormen";
        String meddelande = inmatning.lagrad()
                ? namn + " lagrad som " + lage + ", version " + inmatning.version() + "; " + fynd + "."
                : "Provning: " + namn + " skulle lagras som " + lage + "; " + fynd + ". Inget sparades.";
        String href = inmatning.lagrad() ? FordelningResponses.BAS + "/" + tabell.kommun().id() + "/fordelningar/" + tabell.ar()
                + "/versioner/" + inmatning.version() : null;
        return new InmatningResponse(inmatning.lagrad(), meddelande, inmatning.version(), inmatning.ersatter(), inmatning.anmarkningar(),
                FordelningResponses.hel(tabell, register.aktuell().riksnorm(tabell.ar()).orElseThrow(), inmatning.avvikelser()), href);
    }

    private static int ar(int ar) {
        if (ar < 2000 || ar > 2100) {
            throw Problems.ogiltigtVarde("ar", Integer.toString(ar), "Ett år anges med fyra siffror, 2000–2100.");
        }
        return ar;
    }

    /** The upload's kind by its media type, or by its first bytes when it is sent as octet-stream. */
    static InmatningService.Format format(String mediatyp, byte[] fil) {
        String typ = mediatyp.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (typ.equals(XLSM) || typ.equals(XLS)) {
            throw Problems.problem(Problemtyp.OTILLATEN_FIL, "En arbetsbok med "
                    + "makron (.xlsm) eller i det gamla formatet (.xls) tas inte emot; spara den som Excel-arbetsbok (.xlsx).",
                    "Content-Type", mediatyp);
        }
        return switch (typ) {
            case XLSX -> InmatningService.Format.XLSX;
            case CSV -> InmatningService.Format.CSV;
            case MediaType.APPLICATION_JSON -> InmatningService.Format.JSON;
            case YAML, "text/yaml", "application/x-yaml" -> InmatningService.Format.YAML;
            default -> fil.length >= 2 && fil[0] == 'P' && fil[1] == 'K' || fil.length >= 4 && (fil[0] & 0xff) == 0xd0
                    ? InmatningService.Format.XLSX : InmatningService.Format.CSV;
        };
    }

    /** Runs the check, answering a refused upload as its problem: every error with its sheet, row and column (or field). */
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
