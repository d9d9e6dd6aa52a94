package se.riksnorm.web.bilaga;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.export.BilagaModell;
import se.riksnorm.export.Dokument;
import se.riksnorm.export.Format;
import se.riksnorm.export.JamforelseModell;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;

/**
 * The bilaga for the nämnd and the comparison with the previous year, for a proposal or a kommun's table in
 * force, as HTML, PDF, XLSX or CSV: {@code …/bilaga.pdf}, {@code …/jamforelse.xlsx}.
 */
@Secured({Roller.SAKKUNNIG, Roller.BESLUTSFATTARE})
@Controller("/api/v1")
@Tag(name = "Upprakning")
class BilagaController {

    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HTML = "text/html";
    private static final String CSV = "text/csv";

    private final ForslagService tjanst;
    private final Normregister register;

    BilagaController(ForslagService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Bilagan till nämnden för ett förslag.
     * "Underlag för beräkning av normen för ekonomiskt bistånd": personliga och gemensamma kostnader, hemmavarande
     * ungdom, matnorm och umgängesnorm, med status, källor och kontroll mot riksnormen. format: html, pdf, xlsx eller
     * csv.
     */
    @Get(value = "/forslag/{id}/bilaga.{format}", produces = {PDF, HTML, XLSX, CSV})
    @Operation(operationId = "forslagetsBilaga")
    @ApiResponse(responseCode = "200", description = "Bilagan", content = {@Content(mediaType = PDF), @Content(mediaType = HTML),
            @Content(mediaType = XLSX), @Content(mediaType = CSV)})
    @ApiResponse(responseCode = "400", description = "Formatet finns inte")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    HttpResponse<byte[]> forslagetsBilaga(@PathVariable @Parameter(example = "7") long id,
                                          @PathVariable @Parameter(description = "html, pdf, xlsx eller csv", example = "pdf") String format,
                                          @Parameter(hidden = true) Behorighet behorighet) {
        Format valt = BilagaRequestParser.format(format);
        Forslag forslag = forslag(id, behorighet);
        Fordelning tabell = forslag.fordelning();
        Dokument dokument = BilagaModell.forslag(forslag, riksnorm(tabell.ar()), tjanst.avvikelser(forslag),
                "bilaga-" + namn(tabell) + "-forslag-" + id);
        return fil(dokument, valt, BilagaModell.bladnamn(tabell.ar()));
    }

    /**
     * Förslaget jämfört med föregående år, som dokument.
     * Varje cell före → efter i kronor och procent och båda årens avvikelser, att bifoga tjänsteskrivelsen. format:
     * html, pdf, xlsx eller csv.
     */
    @Get(value = "/forslag/{id}/jamforelse.{format}", produces = {PDF, HTML, XLSX, CSV})
    @Operation(operationId = "forslagetsJamforelseDokument")
    @ApiResponse(responseCode = "200", description = "Jämförelsen", content = {@Content(mediaType = PDF), @Content(mediaType = HTML),
            @Content(mediaType = XLSX), @Content(mediaType = CSV)})
    HttpResponse<byte[]> forslagetsJamforelse(@PathVariable @Parameter(example = "7") long id,
                                              @PathVariable @Parameter(description = "html, pdf, xlsx eller csv", example = "pdf") String format,
                                              @Parameter(hidden = true) Behorighet behorighet) {
        Format valt = BilagaRequestParser.format(format);
        Forslag forslag = forslag(id, behorighet);
        Fordelning tabell = forslag.fordelning();
        Dokument dokument = JamforelseModell.jamforelse(tjanst.jamforelse(tabell, tjanst.avvikelser(forslag)),
                BilagaModell.lage(forslag), "jamforelse-" + arsspann(tabell) + "-forslag-" + id);
        return fil(dokument, valt, JamforelseModell.bladnamn(tabell.ar()));
    }

    /**
     * Bilagan för kommunens tabell för året.
     * Den gällande tabellen (det senaste beslutet) som bilaga. format: html, pdf, xlsx eller csv.
     */
    @Get(value = "/kommuner/{kommun}/fordelningar/{ar}/bilaga.{format}", produces = {PDF, HTML, XLSX, CSV})
    @Operation(operationId = "fordelningensBilaga")
    @ApiResponse(responseCode = "200", description = "Bilagan", content = {@Content(mediaType = PDF), @Content(mediaType = HTML),
            @Content(mediaType = XLSX), @Content(mediaType = CSV)})
    @ApiResponse(responseCode = "404", description = "Kommunen eller fördelningen finns inte")
    HttpResponse<byte[]> fordelningensBilaga(@PathVariable @Parameter(example = "nykoping") String kommun,
                                             @PathVariable @Parameter(example = "2023") int ar,
                                             @PathVariable @Parameter(description = "html, pdf, xlsx eller csv", example = "pdf") String format) {
        Format valt = BilagaRequestParser.format(format);
        Normbok normbok = register.aktuell();
        Fordelning tabell = fordelning(kommun, ar, normbok);
        Dokument dokument = BilagaModell.tabell(tabell, riksnorm(ar), normbok.avvikelser(tabell), lage(tabell),
                "bilaga-" + namn(tabell));
        return fil(dokument, valt, BilagaModell.bladnamn(ar));
    }

    /**
     * Kommunens tabell jämförd med föregående år, som dokument.
     * format: html, pdf, xlsx eller csv.
     */
    @Get(value = "/kommuner/{kommun}/fordelningar/{ar}/jamforelse.{format}", produces = {PDF, HTML, XLSX, CSV})
    @Operation(operationId = "fordelningensJamforelseDokument")
    @ApiResponse(responseCode = "200", description = "Jämförelsen", content = {@Content(mediaType = PDF), @Content(mediaType = HTML),
            @Content(mediaType = XLSX), @Content(mediaType = CSV)})
    HttpResponse<byte[]> fordelningensJamforelse(@PathVariable @Parameter(example = "nykoping") String kommun,
                                                 @PathVariable @Parameter(example = "2023") int ar,
                                                 @PathVariable @Parameter(description = "html, pdf, xlsx eller csv", example = "pdf") String format) {
        Format valt = BilagaRequestParser.format(format);
        Normbok normbok = register.aktuell();
        Fordelning tabell = fordelning(kommun, ar, normbok);
        Dokument dokument = JamforelseModell.jamforelse(tjanst.jamforelse(tabell, normbok.avvikelser(tabell)), lage(tabell),
                "jamforelse-" + arsspann(tabell));
        return fil(dokument, valt, JamforelseModell.bladnamn(ar));
    }

    private static HttpResponse<byte[]> fil(Dokument dokument, Format format, String bladnamn) {
        String filnamn = dokument.filnamn() + "." + format.filandelse();
        return HttpResponse.ok(format.skriv(dokument, bladnamn))
                .contentType(format.mediatyp())
                .header("Content-Disposition", (format.sparas() ? "attachment" : "inline") + "; filename=\"" + filnamn + "\"");
    }

    /** A proposal, for a login that acts for its kommun: a draft is its own kommun's. */
    private Forslag forslag(long id, Behorighet behorighet) {
        Forslag forslag = tjanst.hamta(id).orElseThrow(() -> Problems.okandForslag(id));
        behorighet.kravFor(forslag.fordelning().kommun(), Atgard.LASA_FORSLAG, id);
        return forslag;
    }

    private Fordelning fordelning(String kommun, int ar, Normbok normbok) {
        Kommun hittad = Kommunuppslag.hitta(kommun, normbok);
        return normbok.fordelning(hittad, ar).orElseThrow(() -> Problems.okandFordelning(hittad, ar, normbok));
    }

    private se.riksnorm.domain.riksnorm.Riksnorm riksnorm(int ar) {
        return register.aktuell().riksnorm(ar).orElseThrow();
    }

    private String lage(Fordelning tabell) {
        int version = tjanst.versioner(tabell.kommun(), tabell.ar()).stream()
                .map(Fordelningsversion::version).max(Comparator.naturalOrder()).orElse(1);
        return BilagaModell.lage(tabell, version);
    }

    private static String namn(Fordelning tabell) {
        return BilagaModell.filnamnsdel(tabell.kommun().id()) + "-" + tabell.ar();
    }

    /** "nykoping-2023-2024": the two years compared, each once. */
    private static String arsspann(Fordelning tabell) {
        return BilagaModell.filnamnsdel(tabell.kommun().id()) + "-" + (tabell.ar() - 1) + "-" + tabell.ar();
    }
}
