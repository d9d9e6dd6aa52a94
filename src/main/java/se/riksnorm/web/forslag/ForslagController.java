package se.riksnorm.web.forslag;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.upprakning.Cellandring;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.storage.LagratForslag;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.app.upprakning.LagradAndring;
import se.riksnorm.web.http.Etikett;
import se.riksnorm.web.historik.HandelseResponse;
import se.riksnorm.web.historik.SkillnadResponse;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;

/**
 * Proposals (förslag) of a kommun's fördelning. Reading, proposing and adjusting, and deciding are separate
 * operations (GET; POST …/forslag, PATCH; POST …/beslut), each with its own role, and each only for a login that
 * acts for the proposal's kommun (403 otherwise). Every write is made by the logged-in user, who is recorded; a
 * decided proposal refuses every change with 409. Every read gives the proposal's ETag and every change requires it
 * in If-Match (428 without, 412 when the proposal has changed since; docs/adr/0140).
 */
@Secured({Roller.SAKKUNNIG, Roller.BESLUTSFATTARE})
@Controller(value = "/api/v1", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Upprakning")
class ForslagController {

    private static final String IF_MATCH = "förslagets ETag från GET /api/v1/forslag/{id} (krävs: 428 utan, 412 om förslaget "
            + "ändrats sedan), t.ex. \"forslag-7-r3\"";

    private final ForslagService tjanst;
    private final Normregister register;

    ForslagController(ForslagService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Föreslå kommunens fördelning för ett år.
     * Behåller basårets fördelning: varje kolumns poster skalas till årets riksnorm och fördelas med största rest, så
     * att varje kolumn summerar exakt. Matnorm följer av livsmedel, umgängesnormen föreslås enligt kommunens regel (att
     * bekräfta), exemplet för hemmavarande ungdom räknas om.
     */
    @Secured(Roller.SAKKUNNIG)
    @Post(value = "/kommuner/{kommun}/forslag", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "skapaForslag")
    @ApiResponse(responseCode = "201", description = "Förslaget lagrat; Location anger det")
    @ApiResponse(responseCode = "400", description = "Ett värde i begäran är fel; fältet anges")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    @ApiResponse(responseCode = "409", description = "Basåret eller årets riksnorm finns inte")
    HttpResponse<ForslagResponse> skapa(@PathVariable @Parameter(description = "id, kommunkod eller namn", example = "nykoping") String kommun,
                                        @Body NyttForslagRequest begaran, @Parameter(hidden = true) Anvandare anvandare,
                                        @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.FORESLA_FORDELNING);
        int ar = ForslagRequestParser.ar(begaran);
        LagratForslag lagrat = tjanst.skapa(hittad, ar, begaran.fran() == null ? ar - 1 : begaran.fran(), anvandare,
                begaran.motivering());
        return HttpResponse.<ForslagResponse>status(HttpStatus.CREATED)
                .headers(h -> h.location(URI.create(ForslagResponses.href(lagrat.forslag()))))
                .header(HttpHeaders.ETAG, etikett(lagrat))
                .body(svar(lagrat.forslag()));
    }

    /**
     * Kommunens förslag.
     * Alla förslag, beslutade också, äldst först.
     */
    @Get("/kommuner/{kommun}/forslag")
    @Operation(operationId = "listaForslag")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    List<ForslagSummaryResponse> lista(@PathVariable @Parameter(description = "id, kommunkod eller namn", example = "nykoping") String kommun,
                                       @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.LASA_KOMMUNENS_FORSLAG);
        return tjanst.lista(hittad).stream()
                .map(f -> ForslagResponses.sammanfattning(f, tjanst.avvikelser(f))).toList();
    }

    /**
     * Ett förslag.
     * Tabellen med avvikelser mot årets riksnorm, umgängesnormens regel och om den bekräftats, och vad som hindrar
     * beslut.
     */
    @Get("/forslag/{id}")
    @Operation(operationId = "hamtaForslag")
    @ApiResponse(responseCode = "200", description = "Förslaget; ETag anger dess version, att skicka i If-Match vid ändring",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "förslagets version",
                    schema = @Schema(type = "string", example = "\"forslag-7-r3\"")))
    @ApiResponse(responseCode = "304", description = "Oförändrat sedan If-None-Match")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    HttpResponse<ForslagResponse> hamta(@PathVariable @Parameter(example = "7") long id, HttpRequest<?> request,
                                        @Parameter(hidden = true) Behorighet behorighet) {
        LagratForslag lagrat = tjanst.hamtaLagrat(id).orElseThrow(() -> Problems.okandForslag(id));
        behorighet.kravFor(lagrat.forslag().fordelning().kommun(), Atgard.LASA_FORSLAG, id);
        return Etikett.medEtikett(request, HttpResponse.ok(svar(lagrat.forslag())), etikett(lagrat));
    }

    /**
     * Ändra celler i ett förslag.
     * Allt eller inget: varje cell (en post eller en umgängesnorm) får sitt nya belopp, matnorm och exemplet räknas om,
     * och tabellen prövas mot riksnormen igen. Varje ändrad cell sparas i historiken med vem, när, före → efter och
     * motiveringen. En kolumn som inte summerar till riksnormen får stå kvar i ett förslag men hindrar beslut. Ett
     * beslutat förslag ändras inte (409).
     */
    @Secured(Roller.SAKKUNNIG)
    @Patch(value = "/forslag/{id}", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "andraForslag")
    @ApiResponse(responseCode = "400", description = "En cell, ett belopp eller motiveringen är fel; fältet anges")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    @ApiResponse(responseCode = "409", description = "Förslaget är beslutat och ändras inte")
    @ApiResponse(responseCode = "412", description = "Förslaget har ändrats sedan det lästes (If-Match); inget ändrades")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<AndringResponse> andra(@PathVariable @Parameter(example = "7") long id, @Body AndringRequest begaran,
                                        @Header(Etikett.IF_MATCH) @Nullable @Parameter(description = IF_MATCH) String ifMatch,
                                        @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        List<Cellandring> andringar = ForslagRequestParser.andringar(begaran);
        las(id, behorighet, Atgard.ANDRA_FORSLAG);
        LagradAndring andring = tjanst.andra(id, revision(ifMatch, id), andringar, anvandare, begaran.motivering());
        return HttpResponse.ok(new AndringResponse(andring.utfall().skillnader().stream().map(SkillnadResponse::av).toList(),
                svar(andring.utfall().forslag()))).header(HttpHeaders.ETAG, Etikett.forslag(id, andring.revision()));
    }

    /**
     * Bekräfta den föreslagna umgängesnormen.
     * Umgängesnormen föreslås av en regel och är inte beslutsgrundande förrän sakkunnig bekräftat den (efter ändringar
     * av enskilda celler, om så behövs). Bekräftelsen sparas i historiken.
     */
    @Secured(Roller.SAKKUNNIG)
    @Post(value = "/forslag/{id}/umgangesnorm/bekraftelse", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "bekraftaUmgangesnorm")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    @ApiResponse(responseCode = "409", description = "Förslaget är beslutat och ändras inte")
    @ApiResponse(responseCode = "412", description = "Förslaget har ändrats sedan det lästes (If-Match); inget ändrades")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<ForslagResponse> bekrafta(@PathVariable @Parameter(example = "7") long id, @Body @Nullable MotiveringRequest begaran,
                                           @Header(Etikett.IF_MATCH) @Nullable @Parameter(description = IF_MATCH) String ifMatch,
                                           @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        las(id, behorighet, Atgard.BEKRAFTA_UMGANGESNORM);
        LagratForslag lagrat = tjanst.bekraftaUmgangesnorm(id, revision(ifMatch, id), anvandare, begaran == null ? null : begaran.motivering());
        return HttpResponse.ok(svar(lagrat.forslag())).header(HttpHeaders.ETAG, etikett(lagrat));
    }

    /**
     * Lämna över förslaget för beslut.
     * Sakkunnig lämnar förslaget till beslutsfattaren (nämndens ärende). Vägras medan tabellen har avvikelser eller
     * umgängesnormen inte är bekräftad; varje hinder listas. Överlämningen sparas i historiken (OVERLAMNAT_FOR_BESLUT);
     * en senare ändring av en cell tar tillbaka förslaget till sakkunnig.
     */
    @Secured(Roller.SAKKUNNIG)
    @Post(value = "/forslag/{id}/overlamning", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "lamnaOverForslag")
    @ApiResponse(responseCode = "200", description = "Överlämnat; ETag anger förslagets nya version")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    @ApiResponse(responseCode = "409", description = "Förslaget är beslutat, eller något hindrar beslut (avvikelser, obekräftad umgängesnorm)")
    @ApiResponse(responseCode = "412", description = "Förslaget har ändrats sedan det lästes (If-Match); inget lämnades över")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<ForslagResponse> lamnaOver(@PathVariable @Parameter(example = "7") long id, @Body @Nullable MotiveringRequest begaran,
                                            @Header(Etikett.IF_MATCH) @Nullable @Parameter(description = IF_MATCH) String ifMatch,
                                            @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        las(id, behorighet, Atgard.LAMNA_OVER_FORSLAG);
        LagratForslag lagrat = tjanst.lamnaOver(id, revision(ifMatch, id), anvandare, begaran == null ? null : begaran.motivering());
        return HttpResponse.ok(svar(lagrat.forslag())).header(HttpHeaders.ETAG, etikett(lagrat));
    }

    /**
     * Besluta förslaget.
     * Nämndens beslut (nämnd, datum, paragraf, diarienummer) gör förslaget till årets tabell, som en ny version. Kräver
     * den publicerade riksnormen, bekräftad umgängesnorm och en tabell utan avvikelser; varje hinder listas. Har året
     * redan en beslutad tabell måste beslutet ange vilken version det ersätter (ersatter); den gamla versionen finns
     * kvar att läsa. Därefter ändras förslaget aldrig (409).
     */
    @Secured(Roller.BESLUTSFATTARE)
    @Post(value = "/forslag/{id}/beslut", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "beslutaForslag")
    @ApiResponse(responseCode = "201", description = "Beslutat; Location anger den nya versionen")
    @ApiResponse(responseCode = "400", description = "En uppgift i beslutet saknas eller är fel; fältet anges")
    @ApiResponse(responseCode = "404", description = "Förslaget finns inte")
    @ApiResponse(responseCode = "409", description = "Beslutat redan, något hindrar beslut, eller ersatter saknas eller är fel")
    @ApiResponse(responseCode = "412", description = "Förslaget har ändrats sedan det lästes (If-Match); inget beslutades")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<ForslagResponse> besluta(@PathVariable @Parameter(example = "7") long id, @Body BeslutRequest begaran,
                                          @Header(Etikett.IF_MATCH) @Nullable @Parameter(description = IF_MATCH) String ifMatch,
                                          @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        Forslag forslag = las(id, behorighet, Atgard.BESLUTA_FORSLAG);
        forslag.kravEjBeslutat();
        Integer revision = revision(ifMatch, id);
        LagratForslag beslutat = tjanst.besluta(id, revision, BeslutRequestParser.beslut(begaran, forslag.fordelning().ar()),
                begaran.ersatter(), anvandare);
        ForslagResponse svar = svar(beslutat.forslag());
        return HttpResponse.<ForslagResponse>status(HttpStatus.CREATED)
                .headers(h -> h.location(URI.create(svar.lankar().get("beslutad"))))
                .header(HttpHeaders.ETAG, etikett(beslutat))
                .body(svar);
    }

    /**
     * Kassera ett förslag som inte beslutats.
     * Förslaget tas bort; dess historik finns kvar. Ett beslutat förslag kasseras inte (409).
     */
    @Secured(Roller.SAKKUNNIG)
    @Delete("/forslag/{id}")
    @Operation(operationId = "kasseraForslag")
    @ApiResponse(responseCode = "204", description = "Kasserat")
    @ApiResponse(responseCode = "409", description = "Förslaget är beslutat")
    @ApiResponse(responseCode = "412", description = "Förslaget har ändrats sedan det lästes (If-Match); inget kasserades")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<Void> kassera(@PathVariable @Parameter(example = "7") long id,
                               @QueryValue @Nullable @Parameter(description = "varför; sparas i historiken") String motivering,
                               @Header(Etikett.IF_MATCH) @Nullable @Parameter(description = IF_MATCH) String ifMatch,
                               @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        las(id, behorighet, Atgard.KASSERA_FORSLAG);
        tjanst.kassera(id, revision(ifMatch, id), anvandare, motivering);
        return HttpResponse.noContent();
    }

    /**
     * Förslagets historik.
     * Skapat, varje ändring (vem, när, varför, före → efter), bekräftelse och beslut.
     */
    @Get("/forslag/{id}/historik")
    @Operation(operationId = "forslagetsHistorik")
    List<HandelseResponse> historik(@PathVariable @Parameter(example = "7") long id, @Parameter(hidden = true) Behorighet behorighet) {
        return tjanst.historik(las(id, behorighet, Atgard.LASA_FORSLAG)).stream().map(HandelseResponse::av).toList();
    }

    /**
     * Förslaget jämfört med föregående år.
     * Riksnormens kolumner och varje cell, före → efter i kronor och procent, och båda årens avvikelser.
     */
    @Get("/forslag/{id}/jamforelse")
    @Operation(operationId = "forslagetsJamforelse")
    @ApiResponse(responseCode = "409", description = "Kommunen har ingen fördelning för föregående år")
    JamforelseResponse jamforelse(@PathVariable @Parameter(example = "7") long id, @Parameter(hidden = true) Behorighet behorighet) {
        Forslag forslag = las(id, behorighet, Atgard.LASA_FORSLAG);
        return JamforelseResponse.av(tjanst.jamforelse(forslag.fordelning(), tjanst.avvikelser(forslag)));
    }

    /** The revision If-Match names (the proposal is read and its kommun checked first: 404 and 403 before 428). */
    private static Integer revision(String ifMatch, long id) {
        return Etikett.forvantadRevision(ifMatch, id);
    }

    private static String etikett(LagratForslag lagrat) {
        return Etikett.forslag(lagrat.forslag().id(), lagrat.revision());
    }

    /** The proposal, if the login acts for its kommun: a draft is read and changed only by its own kommun. */
    private Forslag las(long id, Behorighet behorighet, Atgard atgard) {
        Forslag forslag = tjanst.hamta(id).orElseThrow(() -> Problems.okandForslag(id));
        behorighet.kravFor(forslag.fordelning().kommun(), atgard, id);
        return forslag;
    }

    private ForslagResponse svar(Forslag forslag) {
        Normbok normbok = register.aktuell();
        return ForslagResponses.forslag(forslag, normbok.riksnorm(forslag.fordelning().ar()).orElseThrow(), tjanst.avvikelser(forslag));
    }
}
