package se.riksnorm.web.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
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
import se.riksnorm.export.BudgetDokument;
import se.riksnorm.export.Budgetdiagram;
import se.riksnorm.export.Format;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.Roller;

/**
 * What the kommun's caseload costs under two norm versions (docs/adr/0120, 0121): the caseload uploaded as CSV (one
 * row per person) or NDJSON (the batch's lines), read and calculated as it arrives, nothing of it stored; the answer
 * as JSON, XLSX or a chart (PNG).
 */
@Secured({Roller.SAKKUNNIG, Roller.BESLUTSFATTARE})
@Controller("/api/v1")
@Tag(name = "Budgetpaverkan", description = "Vad kommunens hushåll med försörjningsstöd kostar med två normversioner")
class BudgetController {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PNG = "image/png";

    private final Budgetunderlag underlag;

    BudgetController(Budgetunderlag underlag) {
        this.underlag = underlag;
    }

    /**
     * Vad hushållen kostar med två normversioner.
     * Varje hushåll i underlaget beräknas med båda versionerna (samma personer, åldrar, kostnader och inkomster, samma
     * månader av varje versions år) och svaret ger summorna per månad och per år med skillnaden, per hushållstyp, hur
     * många hushåll som får mer, lika eller mindre, och de största förändringarna med hushållets id. Underlaget är CSV
     * (en rad per person, semikolonavgränsad; mallen: GET /api/v1/budgetpaverkan/mall.csv) eller NDJSON i batchens
     * format (ett hushåll per rad). En felaktig rad ger ett fel med radnumret och räknas inte; de andra räknas. Inget
     * av underlaget sparas, och inga personnummer behövs eller tas emot. Version: 2023 (kommunens beslutade
     * fördelning), 2024:forslag-1 (ett förslag), 2027:riksnorm (riksnormen utan kommunens fördelning).
     */
    @Post(value = "/kommuner/{kommun}/budgetpaverkan", consumes = {CSV, NDJSON}, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "budgetpaverkan")
    @ApiResponse(responseCode = "200", description = "Summorna, per hushållstyp, och felen med radnummer")
    @ApiResponse(responseCode = "400", description = "Underlaget är tomt, har fel avgränsare, en okänd kolumn eller personnummer; "
            + "en version eller månad har fel form")
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för kommunen")
    @ApiResponse(responseCode = "404", description = "Kommunen eller förslaget finns inte")
    @ApiResponse(responseCode = "409", description = "Kommunen har ingen beslutad fördelning för versionens år")
    @ApiResponse(responseCode = "413", description = "Underlaget är större än gränserna")
    @ApiResponse(responseCode = "422", description = "En versions månader saknar riksnorm eller regler")
    BudgetpaverkanResponse budgetpaverkan(
            @PathVariable @Parameter(example = "nykoping") String kommun,
            @Nullable @Body InputStream hushall,
            @Header("Content-Type") String mediatyp,
            @QueryValue @Parameter(description = "versionen som jämförs från", example = "2023") String fore,
            @QueryValue @Parameter(description = "versionen som jämförs till", example = "2024:forslag-1") String efter,
            @Nullable @QueryValue @Parameter(description = "månaderna som representerar året: 1 (januari, standard) … 1-12", example = "1")
            String manader,
            @Nullable @QueryValue @Parameter(description = "underlagets månad, ÅÅÅÅ-MM (standard: innevarande)", example = "2023-11") String per,
            @Nullable @QueryValue @Parameter(description = "hur många av de största förändringarna (standard 20, högst 200)") Integer storsta,
            @Parameter(hidden = true) Behorighet behorighet) {
        return underlag.berakna(kommun, tomt(hushall), arNdjson(mediatyp), Budgetfragan.tolka(fore, efter, manader, per, storsta),
                behorighet);
    }

    /**
     * Budgetpåverkan som Excel eller diagram.
     * Samma beräkning som budgetpaverkan; format: xlsx (sammanställning, hushållstyper, största förändringar och fel),
     * png (diagrammet per hushållstyp, som i tjänsteskrivelsen) eller json.
     */
    @Post(value = "/kommuner/{kommun}/budgetpaverkan.{format}", consumes = {CSV, NDJSON}, produces = {XLSX, PNG, MediaType.APPLICATION_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "budgetpaverkanDokument")
    @ApiResponse(responseCode = "200", description = "Dokumentet", content = {@Content(mediaType = XLSX), @Content(mediaType = PNG)})
    HttpResponse<byte[]> budgetpaverkanDokument(
            @PathVariable @Parameter(example = "nykoping") String kommun,
            @PathVariable @Parameter(description = "xlsx, png eller json", example = "xlsx") String format,
            @Nullable @Body InputStream hushall,
            @Header("Content-Type") String mediatyp,
            @QueryValue @Parameter(example = "2023") String fore,
            @QueryValue @Parameter(example = "2024:forslag-1") String efter,
            @Nullable @QueryValue String manader,
            @Nullable @QueryValue String per,
            @Nullable @QueryValue Integer storsta,
            @Parameter(hidden = true) Behorighet behorighet) {
        Budgetformat valt = Budgetformat.valj(format);
        Budgetfragan fraga = Budgetfragan.tolka(fore, efter, manader, per, storsta);
        var resultat = underlag.beraknaDomanen(kommun, tomt(hushall), arNdjson(mediatyp), fraga, behorighet);
        String filnamn = "budgetpaverkan-" + resultat.kommun().id() + "-" + fraga.fore().text().replace(':', '-') + "-"
                + fraga.efter().text().replace(':', '-');
        return switch (valt) {
            case XLSX -> fil(Format.XLSX.skriv(BudgetDokument.dokument(resultat.kommun(), resultat.paverkan(), filnamn), "Budgetpåverkan"),
                    XLSX, filnamn + ".xlsx");
            case PNG -> fil(Budgetdiagram.png(resultat.paverkan()), PNG, filnamn + ".png");
            case JSON -> fil(underlag.json(BudgetResponses.svar(resultat.kommun(), resultat.paverkan(), fraga.per(), resultat.rader())),
                    MediaType.APPLICATION_JSON, filnamn + ".json");
        };
    }

    /**
     * Mallen för underlaget i CSV.
     * Rubrikraden med varje kolumn och tre exempelhushåll; kolumnerna beskrivs i README och i mallens dokumentation.
     * Semikolonavgränsad, UTF-8 med BOM, som svenska Excel öppnar den.
     */
    @Get(value = "/budgetpaverkan/mall.csv", produces = CSV)
    @Operation(operationId = "budgetpaverkanMall")
    HttpResponse<byte[]> mall() {
        byte[] text = ("\uFEFF" + Budgetmall.text()).getBytes(StandardCharsets.UTF_8);
        return fil(text, CSV + "; charset=utf-8", "budgetunderlag-mall.csv");
    }

    /** An empty upload arrives as no body: read as empty, so that it is refused as one. */
    private static InputStream tomt(InputStream hushall) {
        return hushall == null ? InputStream.nullInputStream() : hushall;
    }

    private static boolean arNdjson(String mediatyp) {
        return mediatyp != null && mediatyp.toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON);
    }

    private static HttpResponse<byte[]> fil(byte[] innehall, String mediatyp, String filnamn) {
        return HttpResponse.ok(innehall).contentType(mediatyp)
                .header("Content-Disposition", "attachment; filename=\"" + filnamn + "\"");
    }
}
