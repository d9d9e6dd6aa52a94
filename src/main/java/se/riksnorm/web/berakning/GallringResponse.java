package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Gallring", description = "Sparade beräkningar som togs bort")
public record GallringResponse(
        @Schema(description = "antal borttagna beräkningar", example = "1200") int borttagna,
        @Schema(description = "de som sparats före detta togs bort", example = "2025-01-01T00:00:00Z") String sparadFore) {
}
