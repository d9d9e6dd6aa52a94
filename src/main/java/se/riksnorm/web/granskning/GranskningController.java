package se.riksnorm.web.granskning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import se.riksnorm.app.granskning.GranskningService;
import se.riksnorm.storage.GranskningStore;
import se.riksnorm.web.sakerhet.Roller;

@Controller(value = "/api/v1/granskning", produces = MediaType.APPLICATION_JSON)
@Secured(Roller.ADMINISTRATOR)
@Tag(name = "Granskning", description = "Granskningsloggen: varje skrivning, för administratörer")
class GranskningController {


    private final GranskningService store;

    GranskningController(GranskningService store) {
        this.store = store;
    }

    /**
     * Granskningsloggen.
     * Varje skrivning (inläsning, förslag, ändring, beslut, inmatad riksnorm, export, sparad beräkning, ändrad källa
     * eller kommun) med vem, när, vad och före/efter, nyast först. Skrivningen och dess post sparas i samma
     * transaktion.
     */
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "listaGranskning")
    @ApiResponse(responseCode = "400", description = "Ett filter har fel form")
    GranskningResponse lista(
            @Nullable @QueryValue @Parameter(description = "från och med dag, ÅÅÅÅ-MM-DD", example = "2026-11-01") String fran,
            @Nullable @QueryValue @Parameter(description = "till och med dag, ÅÅÅÅ-MM-DD", example = "2026-11-30") String till,
            @Nullable @QueryValue @Parameter(description = "bara den här användarens skrivningar") String anvandare,
            @Nullable @QueryValue @Parameter(description = "sidan, från 0") Integer sida,
            @Nullable @QueryValue @Parameter(description = "poster per sida, högst 500; standard 100") Integer storlek) {
        int s = GranskningRequestParser.sida(sida);
        int n = GranskningRequestParser.storlek(storlek);
        Instant start = GranskningRequestParser.fran(fran);
        Instant slut = GranskningRequestParser.till(till);
        GranskningStore.Sida resultat = store.lista(start, slut, anvandare, s, n);
        return new GranskningResponse(resultat.totalt(), s, n, resultat.poster().stream().map(p -> new GranskningResponse.Post(
                p.id(), p.post().tidpunkt().toString(), p.post().anvandare().namn(), p.post().anvandare().inloggning().name(),
                p.post().anvandare().identitet(), p.post().handling(), p.post().objekt(), p.post().fore(), p.post().efter())).toList());
    }
}
