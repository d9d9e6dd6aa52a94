package se.riksnorm.web.riksnorm;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.problem.Problems;

@Controller(value = RiksnormResponses.BAS, produces = MediaType.APPLICATION_JSON)
@Tag(name = "Riksnorm", description = "Regeringens belopp år för år, lika för alla kommuner")
class RiksnormController {

    private final Normregister register;

    RiksnormController(Normregister register) {
        this.register = register;
    }

    /**
     * Alla år med riksnorm.
     * Varje år med status, uppräkning och hur säkra beloppen är.
     */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get
    @Operation(operationId = "listaRiksnormer")
    List<RiksnormSummaryResponse> lista() {
        Normbok normbok = register.aktuell();
        return normbok.riksnormer().stream().map(r -> RiksnormResponses.sammanfattning(r, normbok)).toList();
    }

    /**
     * Ett års riksnorm.
     * Personliga kostnader för de tio kolumnerna, gemensamma kostnader för 1 till 7 personer och regeln för större hushåll,
     * belopp ej lunch där de publicerats, varje belopp med källa.
     */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{ar}")
    @Operation(operationId = "hamtaRiksnorm")
    @ApiResponse(responseCode = "200", description = "Årets riksnorm")
    @ApiResponse(responseCode = "400", description = "Året är inte ett årtal")
    @ApiResponse(responseCode = "404", description = "Ingen riksnorm för året")
    RiksnormResponse ar(@PathVariable @Parameter(description = "årtal", example = "2023") int ar) {
        Normbok normbok = register.aktuell();
        Riksnorm riksnorm = normbok.riksnorm(ar).orElseThrow(() -> Problems.okandRiksnorm(ar, normbok));
        return RiksnormResponses.hel(riksnorm, normbok);
    }
}
