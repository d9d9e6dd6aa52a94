package se.riksnorm.web.ping;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The smallest answer the server gives: no norms, no database. Shows that the service answers (a load
 * balancer's probe; /health also checks the database), and is the yardstick the calculation's throughput is
 * measured against in bench/run (docs/adr/0030).
 */
@Controller("/api/v1/ping")
@Tag(name = "Drift", description = "Att tjänsten svarar")
class PingController {

    static final String SVAR = "pong";

    /**
     * Svarar pong.
     * Det minsta svar servern ger, utan normer och utan databas. Jämförelsepunkt för beräkningens genomströmning i
     * prestandamätningen (bench/run).
     */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(produces = MediaType.TEXT_PLAIN)
    @Operation(operationId = "ping")
    @ApiResponse(responseCode = "200", description = "Tjänsten svarar",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string", example = SVAR)))
    String ping() {
        return SVAR;
    }
}
