package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.drift.Gallring;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.web.sakerhet.Roller;

/**
 * Removing stored calculations before their retention time has run out (riksnorm.calculations.retention): one by
 * id, or all stored before a day, for an administrator (docs/adr/0147). Each removal is in the audit log.
 */
@Secured(Roller.ADMINISTRATOR)
@Controller(value = "/api/v1/berakningar", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Berakning")
class SparadeBerakningarController {

    private final BerakningService berakningar;
    private final Gallring gallring;

    SparadeBerakningarController(BerakningService berakningar, Gallring gallring) {
        this.berakningar = berakningar;
        this.gallring = gallring;
    }

    /**
     * Ta bort en sparad beräkning.
     * Beräkningen tas bort; borttagningen sparas i granskningsloggen.
     */
    @Delete("/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "taBortBerakning")
    @ApiResponse(responseCode = "204", description = "Borttagen")
    @ApiResponse(responseCode = "404", description = "Ingen sparad beräkning med id")
    HttpResponse<Void> taBort(@PathVariable @Parameter(description = "beräkningens id (UUID)") String id,
                              @Parameter(hidden = true) Anvandare anvandare) {
        if (!berakningar.tabort(SparadeBerakningarRequestParser.id(id), anvandare)) {
            throw SparadeBerakningarRequestParser.okand(id);
        }
        return HttpResponse.noContent();
    }

    /**
     * Gallra sparade beräkningar.
     * Tar bort alla beräkningar som sparats före sparadFore (en dag, ÅÅÅÅ-MM-DD, från midnatt UTC, eller en
     * tidpunkt). Utan anrop gallras de som är äldre än riksnorm.calculations.retention (730 dagar) varje timme.
     */
    @Delete
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "gallraBerakningar")
    @ApiResponse(responseCode = "200", description = "Antal borttagna")
    @ApiResponse(responseCode = "400", description = "sparadFore saknas eller är inte en dag eller tidpunkt")
    GallringResponse gallra(@QueryValue @Nullable @Parameter(description = "ta bort de som sparats före detta", example = "2025-01-01")
                            String sparadFore, @Parameter(hidden = true) Anvandare anvandare) {
        Instant fore = SparadeBerakningarRequestParser.sparadFore(sparadFore);
        return new GallringResponse(gallring.gallra(fore, anvandare), fore.toString());
    }
}
