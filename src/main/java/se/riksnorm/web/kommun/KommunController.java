package se.riksnorm.web.kommun;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
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
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.problem.Problems;

@Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG, Roller.BESLUTSFATTARE, Roller.ADMINISTRATOR})
@Controller(value = FordelningResponses.BAS, produces = MediaType.APPLICATION_JSON)
@Tag(name = "Kommun", description = "Kommunernas beslutade fördelning av riksnormen på behovsposter")
class KommunController {

    private final Normregister register;

    KommunController(Normregister register) {
        this.register = register;
    }

    /**
     * Alla kommuner.
     * Varje kommun med de år den har en fördelning för.
     */
    @Get
    @Operation(operationId = "listaKommuner")
    List<KommunResponse> lista() {
        Normbok normbok = register.aktuell();
        return normbok.kommuner().stream().map(k -> FordelningResponses.kommun(k, normbok)).toList();
    }

    /**
     * En kommun.
     */
    @Get("/{kommun}")
    @Operation(operationId = "hamtaKommun")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    KommunResponse kommun(@PathVariable @Parameter(description = "id, kommunkod eller namn", example = "nykoping") String kommun) {
        Normbok normbok = register.aktuell();
        return FordelningResponses.kommun(hitta(kommun, normbok), normbok);
    }

    /**
     * En kommuns fördelningar.
     * Varje år med status, beslut och antal avvikelser.
     */
    @Get("/{kommun}/fordelningar")
    @Operation(operationId = "listaFordelningar")
    @ApiResponse(responseCode = "404", description = "Kommunen finns inte")
    List<FordelningSummaryResponse> fordelningar(
            @PathVariable @Parameter(description = "id, kommunkod eller namn", example = "nykoping") String kommun) {
        Normbok normbok = register.aktuell();
        return normbok.fordelningar(hitta(kommun, normbok)).stream()
                .map(f -> FordelningResponses.sammanfattning(f, normbok)).toList();
    }

    /**
     * En kommuns fördelning för ett år.
     * Alla poster i alla kolumner, gemensamma kostnader per hushållsstorlek, matnorm, umgängesnorm och regeln för
     * hemmavarande ungdom; med beslut, källa och varje avvikelse mot riksnormen.
     */
    @Get("/{kommun}/fordelningar/{ar}")
    @Operation(operationId = "hamtaFordelning")
    @ApiResponse(responseCode = "200", description = "Fördelningen")
    @ApiResponse(responseCode = "400", description = "Kommun eller år är inte giltiga värden")
    @ApiResponse(responseCode = "404", description = "Kommunen eller fördelningen finns inte")
    FordelningResponse fordelning(
            @PathVariable @Parameter(description = "id, kommunkod eller namn", example = "nykoping") String kommun,
            @PathVariable @Parameter(description = "årtal", example = "2023") int ar) {
        Normbok normbok = register.aktuell();
        Kommun hittad = hitta(kommun, normbok);
        Fordelning fordelning = normbok.fordelning(hittad, ar).orElseThrow(() -> Problems.okandFordelning(hittad, ar, normbok));
        return FordelningResponses.hel(fordelning, normbok.riksnorm(ar).orElseThrow(), normbok);
    }

    private static Kommun hitta(String kommun, Normbok normbok) {
        return Kommunuppslag.hitta(kommun, normbok);
    }
}
