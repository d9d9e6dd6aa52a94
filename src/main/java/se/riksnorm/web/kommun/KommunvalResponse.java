package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param ursprung STANDARD (the service's defaults), FIL (the kommun's kommun.yaml) or API (set through PUT)
 */
@Serdeable
@Schema(name = "Kommunval", description = "Kommunens val, var de kommer ifrån och deras version (ETag)")
public record KommunvalResponse(
        KommunRef kommun,
        @Schema(description = "höjs vid varje ändring; ETag och If-Match", example = "1") int version,
        @Schema(allowableValues = {"STANDARD", "FIL", "API"}, example = "STANDARD") String ursprung,
        KommunvalBody val,
        @Schema(description = "umgängesregeln i ord", example = "(summa personliga kostnader − kläder och skor) × 12 / 365,25, avrundat nedåt")
        String umgangesregel) {
}
