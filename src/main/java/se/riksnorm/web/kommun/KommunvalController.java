package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.OptionalInt;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.app.normer.KommunvalService;
import se.riksnorm.storage.Kommunval;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.http.Etikett;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.Roller;

/**
 * A kommun's choices where the rules leave room: read by everyone logged in, set by the kommun's own sakkunnig with
 * the version it read ({@code If-Match}), checked again in the database's UPDATE. Once set here, the kommun's
 * kommun.yaml no longer sets them (docs/adr/0051). Every change is audited.
 */
@Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG, Roller.BESLUTSFATTARE, Roller.ADMINISTRATOR})
@Controller(value = FordelningResponses.BAS + "/{kommun}/val", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Kommun")
class KommunvalController {

    private final KommunvalService kommunval;
    private final Normregister register;

    KommunvalController(KommunvalService kommunval, Normregister register) {
        this.kommunval = kommunval;
        this.register = register;
    }

    /**
     * Kommunens val.
     * Åldersbyte och dagberäkning (beräkningar), regeln som föreslår umgängesnormen och avrundningen av hemmavarande
     * ungdoms andel; var de kommer ifrån (tjänstens standard, kommun.yaml eller API:t). ETag: versionen.
     */
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "kommunensVal")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    HttpResponse<KommunvalResponse> hamta(@PathVariable @Parameter(description = "id, kommunkod eller namn", example = "tranas") String kommun) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        return svar(hittad, kommunval.val(hittad));
    }

    /**
     * Sätt kommunens val.
     * Alla val på en gång (skicka tillbaka det GET gav, ändrat). If-Match med versionen som lästes krävs: 428 utan, 412
     * om någon annan hunnit ändra. Gäller beräkningar direkt och nästa förslag; kommunens kommun.yaml sätter dem inte
     * längre.
     */
    @Secured(Roller.SAKKUNNIG)
    @Put(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "sattKommunensVal")
    @ApiResponse(responseCode = "200", description = "Valen sparade; ETag anger den nya versionen")
    @ApiResponse(responseCode = "400", description = "Ett val är fel; fältet anges")
    @ApiResponse(responseCode = "403", description = "Inloggningen agerar inte för kommunen")
    @ApiResponse(responseCode = "412", description = "Versionen i If-Match är inte längre den lagrade")
    @ApiResponse(responseCode = "428", description = "If-Match saknas")
    HttpResponse<KommunvalResponse> satt(@PathVariable @Parameter(description = "id, kommunkod eller namn", example = "tranas") String kommun,
                                         @Header("If-Match") @Nullable @Parameter(description = "ETag från GET", example = "\"1\"")
                                         String ifMatch,
                                         @Body @Nullable KommunvalBody begaran,
                                         @Parameter(hidden = true) Anvandare anvandare,
                                         @Parameter(hidden = true) Behorighet behorighet) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        behorighet.kravFor(hittad, Atgard.ANDRA_VAL);
        OptionalInt version = Etikett.forvantadValversion(ifMatch, hittad);
        Kommunval nya = KommunvalRequestParser.val(begaran);
        return svar(hittad, kommunval.spara(hittad, version, nya, anvandare));
    }

    private static HttpResponse<KommunvalResponse> svar(Kommun kommun, Kommunval val) {
        return HttpResponse.ok(KommunvalResponse.av(kommun, val)).header("ETag", Etikett.version(val.version()));
    }
}
