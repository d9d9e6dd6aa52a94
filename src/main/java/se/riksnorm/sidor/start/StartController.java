package se.riksnorm.sidor.start;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.sidor.beslut.Overlamning;
import se.riksnorm.sidor.sakerhet.Inloggad;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.web.sakerhet.Roller;

@Hidden
@Controller(produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StartController {

    private final Sidor sidor;
    private final Kommunatkomst atkomst;
    private final ForslagService forslag;

    StartController(Sidor sidor, Kommunatkomst atkomst, ForslagService forslag) {
        this.sidor = sidor;
        this.atkomst = atkomst;
        this.forslag = forslag;
    }

    @Get
    @View("start")
    Map<String, Object> start(HttpRequest<?> request) {
        Normbok normbok = atkomst.normbok();
        Inloggad inloggad = Kommunatkomst.inloggad(request);
        boolean kommunroll = inloggad.harNagon(Roller.SAKKUNNIG, Roller.BESLUTSFATTARE);
        var rader = !kommunroll ? List.<Startsida.Kommunrad>of() : atkomst.mina(request).stream().map(kommun -> {
            var alla = forslag.lista(kommun).stream().filter(f -> !f.status().arLast()).toList();
            long vantande = alla.stream().filter(f -> Overlamning.vantar(forslag.historik(f))).count();
            return new Startsida.Kommunrad(kommun.id(), kommun.namn(), kommun.kod(), normbok.fordelningar(kommun).stream()
                    .map(Fordelning::ar).map(String::valueOf).collect(Collectors.joining(", ")), alla.size(), (int) vantande);
        }).toList();
        boolean allaKommuner = atkomst.behorighet(request).allaKommuner();
        return sidor.vy(request, "Start", new Startsida(inloggad, rader, kommunroll && allaKommuner ? atkomst.alla() : List.of()));
    }
}
