package se.riksnorm.web.upprakning;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.web.upprakning.PubliceradRiksnorm;
import se.riksnorm.app.upprakning.Kallangivelse;
import se.riksnorm.app.upprakning.RiksnormForslagService;
import se.riksnorm.app.upprakning.Riksnormutfall;
import se.riksnorm.web.historik.HandelseResponse;
import se.riksnorm.web.historik.SkillnadResponse;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.riksnorm.RiksnormResponses;

@Controller(value = RiksnormResponses.BAS, produces = MediaType.APPLICATION_JSON)
@Tag(name = "Upprakning", description = "Nästa års riksnorm och kommunens fördelning: förslag, justering, beslut, bilaga, export")
class RiksnormUpprakningController {

    private final RiksnormForslagService tjanst;

    RiksnormUpprakningController(RiksnormForslagService tjanst) {
        this.tjanst = tjanst;
    }

    /**
     * Föreslå årets riksnorm ur föregående år.
     * Varje belopp i föregående års tabell × (1 + procent), avrundat uppåt till tiotal; hushåll med fler än sju
     * personer följer av G7 − G6. Lagras som PRELIMINAR med en härledd källa som anger basår och procent, och ersätter
     * ett tidigare förslag (ändrade belopp rapporteras). Ett fastställt år föreslås inte om (409). För ett år vars
     * riksnorm fastställs ur ett referensvärde (från 2027) är tabellen bara ett räkneexempel: svaret är 200 med
     * endastExempel true, och inget lagras.
     */
    @Secured(Roller.ADMINISTRATOR)
    @Post(value = "/{ar}/forslag", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "foreslaRiksnorm")
    @ApiResponse(responseCode = "201", description = "Förslaget lagrat")
    @ApiResponse(responseCode = "200", description = "Ett räkneexempel, inte lagrat (årets riksnorm fastställs ur ett referensvärde)")
    @ApiResponse(responseCode = "400", description = "Procenten är fel")
    @ApiResponse(responseCode = "409", description = "Året är fastställt, eller föregående år saknas")
    HttpResponse<RiksnormUtfallResponse> foresla(@PathVariable @Parameter(description = "året som föreslås", example = "2024") int ar,
                                                 @Body RiksnormForslagRequest begaran,
                                                 @Parameter(hidden = true) Anvandare anvandare) {
        Procentsats procent = Procentsats.tolka(begaran.procent());
        Riksnormutfall utfall = tjanst.foresla(ar, procent, anvandare, begaran.motivering());
        if (utfall.endastExempel()) {
            return HttpResponse.ok(svar(utfall));
        }
        return HttpResponse.<RiksnormUtfallResponse>status(HttpStatus.CREATED)
                .headers(h -> h.location(URI.create(RiksnormResponses.BAS + "/" + ar)))
                .body(svar(utfall));
    }

    /**
     * Mata in regeringens tabell, publicerad eller preliminär.
     * Ersätter årets förslag (preliminära tabell) med den inmatade och rapporterar varje cell där förslaget skilde sig;
     * skillnaderna sparas i årets historik. Med status PRELIMINAR lagras tabellen som preliminär (t.ex. riksnormen 2027
     * ur regeringens besked innan förordningen finns) och varje beräkning med den får en anmärkning; den publicerade
     * tabellen ersätter den senare. Ett redan fastställt år ändras inte (409), utom att samma tabell igen är en tom
     * ändring.
     */
    @Secured(Roller.ADMINISTRATOR)
    @Put(value = "/{ar}", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "faststallRiksnorm")
    @ApiResponse(responseCode = "200", description = "Tabellen fastställd")
    @ApiResponse(responseCode = "400", description = "Ett belopp eller källan saknas eller är fel; fältet anges")
    @ApiResponse(responseCode = "409", description = "Året är redan fastställt med andra belopp")
    RiksnormUtfallResponse faststall(@PathVariable @Parameter(description = "årtal", example = "2024") int ar,
                                     @Body PubliceradRiksnormRequest begaran,
                                     @Parameter(hidden = true) Anvandare anvandare) {
        Kallangivelse kalla = RiksnormRequestParser.kalla(begaran.kalla());
        Riksnormstatus status = RiksnormRequestParser.status(begaran.status());
        Riksnorm publicerad = PubliceradRiksnorm.bygg(ar, begaran.personligaKostnader(), begaran.gemensammaKostnader(),
                begaran.ejLunch(), tjanst.kalla(kalla),
                begaran.upprakningProcent() == null ? null : Procentsats.tolka(begaran.upprakningProcent()), status, tjanst.normbok());
        Riksnormutfall utfall = tjanst.faststall(publicerad, anvandare, begaran.motivering());
        return svar(utfall);
    }

    /**
     * Årets historik.
     * Förslag och inmatning av den publicerade tabellen: vem, när, varför och varje ändrat belopp.
     */
    @Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG, Roller.BESLUTSFATTARE, Roller.ADMINISTRATOR})
    @Get("/{ar}/historik")
    @Operation(operationId = "riksnormensHistorik")
    List<HandelseResponse> historik(@PathVariable @Parameter(description = "årtal", example = "2024") int ar) {
        if (tjanst.normbok().riksnorm(ar).isEmpty()) {
            throw Problems.okandRiksnorm(ar, tjanst.normbok());
        }
        return tjanst.historik(ar).stream().map(HandelseResponse::av).toList();
    }

    private RiksnormUtfallResponse svar(Riksnormutfall utfall) {
        return new RiksnormUtfallResponse(utfall.meddelande(), utfall.ersatte(),
                utfall.skillnader().stream().map(SkillnadResponse::av).toList(),
                RiksnormResponses.hel(utfall.riksnorm(), tjanst.normbok()), utfall.endastExempel());
    }
}
