package se.riksnorm.web.handlingar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.export.DocxSkrivelse;
import se.riksnorm.export.HtmlSkrivelse;
import se.riksnorm.export.Skrivelse;
import se.riksnorm.app.handlingar.Handlingsfragan;
import se.riksnorm.app.handlingar.HandlingarService;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.budget.Budgetunderlag;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The tjänsteskrivelse and the protokollsförslag on a proposal, drafted (docs/adr/0123): DOCX to edit in Word, PDF
 * (PDF/A) or HTML. With a caseload in the body (POST, CSV or NDJSON as for budgetpaverkan) the papers carry the budget
 * impact of the proposal against the base year's table, with its table and chart; nothing of the caseload is stored.
 */
@Secured({Roller.SAKKUNNIG, Roller.BESLUTSFATTARE})
@Controller("/api/v1/forslag/{id}")
@Tag(name = "Upprakning")
class HandlingarController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF = "application/pdf";
    private static final String HTML = "text/html";
    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";

    private final HandlingarService tjanst;
    private final Budgetunderlag budget;
    private final Normregister register;

    HandlingarController(HandlingarService tjanst, Budgetunderlag budget, Normregister register) {
        this.tjanst = tjanst;
        this.budget = budget;
        this.register = register;
    }

    /**
     * Tjänsteskrivelsen om förslaget, som utkast.
     * Utan underlag står en markerad platshållare under Ekonomiska konsekvenser. Avsnitten fylls ur data: lagen som
     * gäller årets månader, regeringens beslut (procent; datum om det anges), kommunens val (behållen fördelning eller
     * varje ändrad cell med skäl ur förslagets historik), iakttagelser, budgetpåverkan, förslag till beslut och
     * bilagorna. Det tjänsten inte kan veta (barnrättsprövning, underskrift, datum som inte angetts) står som markerade
     * platshållare inom hakparentes. format: docx, pdf eller html.
     */
    @Get(value = "/tjansteskrivelse.{format}", produces = {DOCX, PDF, HTML})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "tjansteskrivelse")
    @ApiResponse(responseCode = "200", description = "Tjänsteskrivelsen",
            content = {@Content(mediaType = DOCX), @Content(mediaType = PDF), @Content(mediaType = HTML)})
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för förslagets kommun")
    HttpResponse<byte[]> tjansteskrivelse(@PathVariable @Parameter(example = "1") long id,
                                          @PathVariable @Parameter(description = "docx, pdf eller html", example = "docx") String format,
                                          @Nullable @QueryValue @Parameter(description = "tjänsteskrivelsens datum (standard: i dag)") String datum,
                                          @Nullable @QueryValue @Parameter(description = "ärendets diarienummer") String dnr,
                                          @Nullable @QueryValue @Parameter(description = "nämnden (standard: den som beslutade basåret)") String namnd,
                                          @Nullable @QueryValue @Parameter(description = "nämndens sammanträde, ÅÅÅÅ-MM-DD") String sammantrade,
                                          @Nullable @QueryValue @Parameter(description = "datum för regeringens beslut, ÅÅÅÅ-MM-DD") String regeringensBeslut,
                                          @Parameter(hidden = true) Behorighet behorighet) {
        Handlingsformat valt = Handlingsformat.valj(format);
        kravKommun(id, behorighet);
        return fil(tjanst.tjansteskrivelse(id, HandlingsfragaRequestParser.fraga(datum, dnr, namnd, sammantrade, regeringensBeslut), null), valt);
    }

    /**
     * Tjänsteskrivelsen med budgetpåverkan över kommunens hushåll.
     * Kroppen är kommunens hushåll (CSV eller NDJSON, som för budgetpaverkan). Budgetpåverkan jämför basårets beslutade
     * fördelning (eller riksnormen, om basåret inte är beslutat) med förslaget, samma månader av båda åren. Avsnitten
     * fylls ur data: lagen som gäller årets månader, regeringens beslut (procent; datum om det anges), kommunens val
     * (behållen fördelning eller varje ändrad cell med skäl ur förslagets historik), iakttagelser, budgetpåverkan,
     * förslag till beslut och bilagorna. Det tjänsten inte kan veta (barnrättsprövning, underskrift, datum som inte
     * angetts) står som markerade platshållare inom hakparentes. format: docx, pdf eller html.
     */
    @Post(value = "/tjansteskrivelse.{format}", consumes = {CSV, NDJSON}, produces = {DOCX, PDF, HTML})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "tjansteskrivelseMedBudgetpaverkan")
    @ApiResponse(responseCode = "200", description = "Tjänsteskrivelsen med budgetpåverkan, tabell och diagram",
            content = {@Content(mediaType = DOCX), @Content(mediaType = PDF), @Content(mediaType = HTML)})
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för förslagets kommun")
    HttpResponse<byte[]> tjansteskrivelseMedBudget(@PathVariable long id, @PathVariable String format,
                                                   @Nullable @Body InputStream hushall, @Header("Content-Type") String mediatyp,
                                                   @Nullable @QueryValue String datum, @Nullable @QueryValue String dnr,
                                                   @Nullable @QueryValue String namnd, @Nullable @QueryValue String sammantrade,
                                                   @Nullable @QueryValue String regeringensBeslut,
                                                   @Nullable @QueryValue @Parameter(description = "underlagets månad, ÅÅÅÅ-MM") String per,
                                                   @Nullable @QueryValue @Parameter(description = "månaderna: 1 … 1-12") String manader,
                                                   @Parameter(hidden = true) Behorighet behorighet) {
        Handlingsformat valt = Handlingsformat.valj(format);
        kravKommun(id, behorighet);
        Handlingsfragan fraga = HandlingsfragaRequestParser.fraga(datum, dnr, namnd, sammantrade, regeringensBeslut);
        return fil(tjanst.tjansteskrivelse(id, fraga, budget(id, hushall, mediatyp, per, manader, behorighet)), valt);
    }

    /**
     * Protokollsförslaget om förslaget, som utkast.
     * Utan underlag står en markerad platshållare under Ekonomiska konsekvenser. Avsnitten fylls ur data: lagen som
     * gäller årets månader, regeringens beslut (procent; datum om det anges), kommunens val (behållen fördelning eller
     * varje ändrad cell med skäl ur förslagets historik), iakttagelser, budgetpåverkan, förslag till beslut och
     * bilagorna. Det tjänsten inte kan veta (barnrättsprövning, underskrift, datum som inte angetts) står som markerade
     * platshållare inom hakparentes. format: docx, pdf eller html.
     */
    @Get(value = "/protokollsforslag.{format}", produces = {DOCX, PDF, HTML})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "protokollsforslag")
    @ApiResponse(responseCode = "200", description = "Protokollsförslaget",
            content = {@Content(mediaType = DOCX), @Content(mediaType = PDF), @Content(mediaType = HTML)})
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för förslagets kommun")
    HttpResponse<byte[]> protokollsforslag(@PathVariable long id, @PathVariable String format,
                                           @Nullable @QueryValue String datum, @Nullable @QueryValue String dnr,
                                           @Nullable @QueryValue String namnd, @Nullable @QueryValue String sammantrade,
                                           @Nullable @QueryValue String regeringensBeslut,
                                           @Parameter(hidden = true) Behorighet behorighet) {
        Handlingsformat valt = Handlingsformat.valj(format);
        kravKommun(id, behorighet);
        return fil(tjanst.protokollsforslag(id, HandlingsfragaRequestParser.fraga(datum, dnr, namnd, sammantrade, regeringensBeslut), null), valt);
    }

    /**
     * Protokollsförslaget med budgetpåverkan i en mening.
     * Kroppen är kommunens hushåll (CSV eller NDJSON). Avsnitten fylls ur data: lagen som gäller årets månader,
     * regeringens beslut (procent; datum om det anges), kommunens val (behållen fördelning eller varje ändrad cell med
     * skäl ur förslagets historik), iakttagelser, budgetpåverkan, förslag till beslut och bilagorna. Det tjänsten inte
     * kan veta (barnrättsprövning, underskrift, datum som inte angetts) står som markerade platshållare inom
     * hakparentes. format: docx, pdf eller html.
     */
    @Post(value = "/protokollsforslag.{format}", consumes = {CSV, NDJSON}, produces = {DOCX, PDF, HTML})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "protokollsforslagMedBudgetpaverkan")
    @ApiResponse(responseCode = "200", description = "Protokollsförslaget",
            content = {@Content(mediaType = DOCX), @Content(mediaType = PDF), @Content(mediaType = HTML)})
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för förslagets kommun")
    HttpResponse<byte[]> protokollsforslagMedBudget(@PathVariable long id, @PathVariable String format,
                                                    @Nullable @Body InputStream hushall, @Header("Content-Type") String mediatyp,
                                                    @Nullable @QueryValue String datum, @Nullable @QueryValue String dnr,
                                                    @Nullable @QueryValue String namnd, @Nullable @QueryValue String sammantrade,
                                                    @Nullable @QueryValue String regeringensBeslut,
                                                    @Nullable @QueryValue String per, @Nullable @QueryValue String manader,
                                                    @Parameter(hidden = true) Behorighet behorighet) {
        Handlingsformat valt = Handlingsformat.valj(format);
        kravKommun(id, behorighet);
        return fil(tjanst.protokollsforslag(id, HandlingsfragaRequestParser.fraga(datum, dnr, namnd, sammantrade, regeringensBeslut),
                budget(id, hushall, mediatyp, per, manader, behorighet)), valt);
    }

    /** The proposal against its base year's decided table (or the national amounts where the base year is not decided). */
    private Budgetpaverkan budget(long id, InputStream hushall, String mediatyp, String per, String manader, Behorighet behorighet) {
        Forslag forslag = tjanst.forslag(id);
        var kommun = forslag.fordelning().kommun();
        boolean basenBeslutad = register.aktuell().fordelning(kommun, forslag.basar())
                .map(f -> f.status() == Fordelningsstatus.BESLUTAD).orElse(false);
        String fore = forslag.basar() + (basenBeslutad ? "" : ":riksnorm");
        String efter = forslag.fordelning().ar() + ":forslag-" + id;
        boolean ndjson = mediatyp != null && mediatyp.toLowerCase(Locale.ROOT).startsWith(NDJSON);
        return budget.berakna(kommun.id(), hushall == null ? InputStream.nullInputStream() : hushall, ndjson, fore, efter, manader,
                per, 10, behorighet).paverkan();
    }

    /** The papers on a proposal are its kommun's (docs/adr/0052): refused, before anything is read, for a login acting for another. */
    private void kravKommun(long id, Behorighet behorighet) {
        behorighet.kravFor(tjanst.forslag(id).fordelning().kommun(), Atgard.TA_FRAM_HANDLINGAR, id);
    }

    private static HttpResponse<byte[]> fil(Skrivelse skrivelse, Handlingsformat format) {
        String filnamn = skrivelse.filnamn() + "." + format.filandelse();
        return switch (format) {
            case DOCX -> fil(DocxSkrivelse.skriv(skrivelse), DOCX, filnamn, true);
            case PDF -> fil(HtmlSkrivelse.pdf(skrivelse), PDF, filnamn, true);
            case HTML -> fil(HtmlSkrivelse.skriv(skrivelse).getBytes(StandardCharsets.UTF_8), HTML + "; charset=utf-8", filnamn, false);
        };
    }

    private static HttpResponse<byte[]> fil(byte[] innehall, String mediatyp, String filnamn, boolean sparas) {
        return HttpResponse.ok(innehall).contentType(mediatyp)
                .header("Content-Disposition", (sparas ? "attachment" : "inline") + "; filename=\"" + filnamn + "\"");
    }
}
