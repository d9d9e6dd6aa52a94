package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.storage.Kommunval;

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

    /** The kommun's choices; the umgänge rule in words, marked when it is the service's default. */
    static KommunvalResponse av(Kommun kommun, Kommunval val) {
        Umgangesregel regel = val.umgangesregel() == null ? Umgangesregel.standard() : val.umgangesregel();
        return new KommunvalResponse(KommunRef.av(kommun), val.version(), val.ursprung(), KommunvalRequestParser.body(val),
                regel.beskrivning() + (val.umgangesregel() == null ? " (tjänstens standard)" : ""));
    }
}
