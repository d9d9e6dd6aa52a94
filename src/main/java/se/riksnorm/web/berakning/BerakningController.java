package se.riksnorm.web.berakning;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.SparadBerakning;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;

@Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG})
@Controller("/api/v1/berakningar")
@Tag(name = "Berakning", description = "Försörjningsstöd, matnorm och umgängesnorm för ett hushåll, varje krona med sin grund")
class BerakningController {

    static final String NDJSON = "application/x-ndjson";
    private static final String EXEMPEL_FORSORJNINGSSTOD = """
            {"kommun": "nykoping", "manad": "2023-03",
             "medlemmar": [{"id": "förälder", "fodelsedatum": "1985-04-02", "roll": "SOKANDE"},
                           {"id": "barn", "fodelsedatum": "2015-06-10", "roll": "BARN", "dagar": 15}],
             "kostnader": [{"typ": "BOENDE", "belopp": 7200, "beskrivning": "hyra"}],
             "inkomster": [{"typ": "LON", "belopp": 9000, "medlem": "förälder", "jobbstimulans": true},
                           {"typ": "BARNBIDRAG", "belopp": 625}]}""";
    private static final String EXEMPEL_UNGDOM = """
            {"kommun": "nykoping", "manad": "2022-03", "ovrigaIHushallet": 4,
             "medlemmar": [{"id": "ungdom", "alder": 22, "roll": "HEMMAVARANDE_VUXET_BARN"}]}""";
    private static final String EXEMPEL_PERIOD = """
            {"kommun": "nykoping", "fran": "2026-03-15", "till": "2026-04-14",
             "medlemmar": [{"id": "förälder", "alder": 40, "roll": "SOKANDE"},
                           {"id": "barn", "fodelsedatum": "2015-08-01", "roll": "BARN"}],
             "kostnader": [{"typ": "BOENDE", "belopp": 3000, "manad": "2026-03"},
                           {"typ": "BOENDE", "belopp": 1500, "manad": "2026-04"}],
             "inkomster": [{"typ": "LON", "belopp": 4000, "medlem": "förälder", "jobbstimulans": true, "manad": "2026-03"},
                           {"typ": "BARNBIDRAG", "belopp": 625, "manad": "2026-04"}]}""";
    private static final String EXEMPEL_BARNS_INKOMST = """
            {"kommun": "nykoping", "manad": "2026-03",
             "medlemmar": [{"id": "förälder", "alder": 45, "roll": "SOKANDE"},
                           {"id": "ungdom", "fodelsedatum": "2008-06-01", "roll": "BARN", "arbetsinkomstTidigareIAr": 58000}],
             "inkomster": [{"typ": "LON", "belopp": 3000, "medlem": "ungdom"}],
             "nedsattningar": [{"belopp": 1000, "grund": "PRAKTIK", "motivering": "avböjde anvisad praktik utan godtagbart skäl"}]}""";
    private static final String EXEMPEL_2027 = """
            {"kommun": "nykoping", "manad": "2027-03",
             "medlemmar": [{"id": "sökande", "alder": 40, "roll": "SOKANDE"}, {"id": "sambo", "alder": 38, "roll": "MAKE_MAKA_SAMBO"},
                           {"id": "Ada", "fodelsedatum": "2010-09-01", "roll": "BARN"}, {"id": "Bo", "fodelsedatum": "2014-09-01", "roll": "BARN"},
                           {"id": "Cilla", "fodelsedatum": "2017-09-01", "roll": "BARN"}, {"id": "Dan", "fodelsedatum": "2021-09-01", "roll": "BARN"},
                           {"id": "Eva", "fodelsedatum": "2024-09-01", "roll": "BARN"}]}""";

    private final BerakningService berakningar;
    private final BatchBerakning batch;

    BerakningController(BerakningService berakningar, BatchBerakning batch) {
        this.berakningar = berakningar;
        this.batch = batch;
    }

    /**
     * Beräkna försörjningsstöd för en månad eller en period.
     * Riksnorm (personliga kostnader per person och gemensamma kostnader för hushållets storlek) + umgängesnorm +
     * skäliga kostnader − inkomster, med jobbstimulans, hemmavarande barns arbetsinkomster (räknas bara över ett
     * prisbasbelopp om året), handläggarens nedsättningar och livsföring (levnadskostnader) i övrigt; från 2027 med
     * begränsningsregeln. Varje rad anger regel, räkning och grund (riksnormens år och källa, kommunens beslut,
     * lagrummet som gällde månaden). En period över flera månader (högst ett år) beräknas månad för månad: svaret har
     * en del per månad i delar, var och en som svaret för den månaden ensam, och periodens summor i summering; då är
     * rader tom och hushalletsStorlek och normer null. För en månad är delar null. Med spara=true sparas beräkningen
     * och kan hämtas igen med identiskt innehåll.
     */
    @Post(value = "/forsorjningsstod", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "beraknaForsorjningsstod")
    @ApiResponse(responseCode = "200", description = "Beräkningen (inte sparad): en månad, eller en period med en del per månad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForsorjningsstodResponse.class)))
    @ApiResponse(responseCode = "201", description = "Beräkningen, sparad; Location anger var den kan hämtas",
            headers = @Header(name = "Location", description = "den sparade beräkningen", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForsorjningsstodResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ett värde saknas eller har fel form")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    @ApiResponse(responseCode = "422", description = "Normen eller lagen saknas för en månad i perioden (månaden anges), "
            + "eller hushållet är inte möjligt")
    Publisher<HttpResponse<?>> forsorjningsstod(
            @Body @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "ensamstående förälder", summary = "En förälder med ett barn varannan vecka, hyra, lön med jobbstimulans",
                            value = EXEMPEL_FORSORJNINGSSTOD),
                    @ExampleObject(name = "hemmavarande vuxet barn", summary = "Nyköping 2022: 3 210 + 1 890 / 5 = 3 588",
                            value = EXEMPEL_UNGDOM),
                    @ExampleObject(name = "period över två månader", summary = "15 mars–14 april 2026: en del för mars och en för "
                            + "april, var och en med månadens normer och lag, och periodens summor", value = EXEMPEL_PERIOD),
                    @ExampleObject(name = "barns arbetsinkomst och nedsättning", summary = "En 17-åring med 58 000 kr intjänat tidigare "
                            + "i år: bara det som överstiger prisbasbeloppet räknas; nedsättning för avböjd praktik",
                            value = EXEMPEL_BARNS_INKOMST),
                    @ExampleObject(name = "2027: begränsningsregeln", summary = "Sammanboende med fem barn i mars 2027: det fjärde och "
                            + "femte barnets personliga kostnader sätts ned (kräver att en riksnorm för 2027 matats in)",
                            value = EXEMPEL_2027)}))
            ForsorjningsstodRequest request,
            @Nullable @QueryValue @Parameter(description = "spara beräkningen") Boolean spara,
            @Parameter(hidden = true) Anvandare anvandare, @Parameter(hidden = true) Behorighet behorighet) {
        Periodresultat resultat = berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request));
        if (!Boolean.TRUE.equals(spara)) {
            return Mono.just(HttpResponse.ok(BerakningResponses.svar(resultat, berakningar.version())));
        }
        behorighet.kravFor(resultat.kommun(), Atgard.SPARA_BERAKNINGAR);
        return Mono.fromCallable(() -> spara(berakningar, request, resultat, anvandare))
                .subscribeOn(Schedulers.boundedElastic())
                .map(sparad -> HttpResponse.status(HttpStatus.CREATED)
                        .header("Location", "/api/v1/berakningar/" + sparad.id())
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(sparad.svar()));
    }

    /**
     * Hämta en sparad beräkning.
     * Exakt det svar som gavs när beräkningen sparades, även om senare år lagts till sedan dess.
     */
    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "hamtaBerakning")
    @ApiResponse(responseCode = "200", description = "Den sparade beräkningen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForsorjningsstodResponse.class)))
    @ApiResponse(responseCode = "404", description = "Ingen sparad beräkning med id")
    HttpResponse<String> hamta(@PathVariable @Parameter(description = "beräkningens id (UUID)") String id,
                               @Parameter(hidden = true) Behorighet behorighet) {
        return berakningar.hamta(SparadeBerakningarRequestParser.id(id))
                .map(sparad -> {
                    berakningar.kommun(sparad).ifPresent(kommun -> behorighet.kravFor(kommun, Atgard.LASA_SPARADE_BERAKNINGAR));
                    return HttpResponse.ok(sparad.svar()).contentType(MediaType.APPLICATION_JSON_TYPE);
                })
                .orElseThrow(() -> SparadeBerakningarRequestParser.okand(id));
    }

    /**
     * Matnorm för hushållet.
     * Per person och för hushållet: per månad, vecka och dag enligt kommunens beslut, och per dag × dagar.
     */
    @Post(value = "/matnorm", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "beraknaMatnorm")
    @ApiResponse(responseCode = "400", description = "Ett värde saknas eller har fel form")
    @ApiResponse(responseCode = "422", description = "Kommunen har ingen matnorm för året, eller personerna är inte möjliga")
    MatnormResponse matnorm(@Body MatnormRequest request) {
        return BerakningResponses.matnorm(berakningar.matnorm(RequestParser.matnorm(request)), berakningar.version());
    }

    /**
     * Umgängesnorm för barn på umgänge.
     * Per barn: kommunens umgängesnorm per dag (matnorm inräknad) × umgängesdagarna.
     */
    @Post(value = "/umgangesnorm", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "beraknaUmgangesnorm")
    @ApiResponse(responseCode = "400", description = "Ett värde saknas eller har fel form")
    @ApiResponse(responseCode = "422", description = "Kommunen har ingen umgängesnorm för året, eller barnen är inte möjliga")
    UmgangesnormResponse umgangesnorm(@Body UmgangesnormRequest request) {
        return BerakningResponses.umgangesnorm(berakningar.umgangesnorm(RequestParser.umgangesnorm(request)),
                berakningar.version());
    }

    /**
     * Beräkna många hushåll (NDJSON).
     * Ett hushåll per rad in, ett svar per rad ut i samma ordning, strömmat: minnet är detsamma för tio hushåll som för
     * en miljon. Varje svarsrad har rad (radnumret), resultat eller problem; en felaktig rad ger ett problem med sitt
     * radnummer och de andra beräknas ändå. detalj=summering utelämnar raderna och listan över lagrum (normer.lagrum är
     * tom; normer.regelverk anger lagen).
     */
    @Post(value = "/forsorjningsstod/batch", consumes = NDJSON, produces = NDJSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "beraknaForsorjningsstodBatch")
    @ApiResponse(responseCode = "200", description = "Ett svar per rad (NDJSON), i begärans ordning; schemat är en rad",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchRadResponse.class)))
    Publisher<byte[]> batch(@Body InputStream ndjson,
                            @Nullable @QueryValue @Parameter(description = "full (standard) eller summering") String detalj) {
        return batch.berakna(ndjson, Detalj.valj(detalj) == Detalj.SUMMERING);
    }

    /** Stores the calculation with the answer exactly as it is sent, its id and moment included. */
    static SparadBerakning spara(BerakningService berakningar, ForsorjningsstodRequest request, Periodresultat resultat,
                                 Anvandare anvandare) {
        return berakningar.spara(request, resultat, (id, sparad) ->
                BerakningResponses.forsorjningsstod(resultat, berakningar.version(), id, sparad, true), anvandare);
    }
}
