package se.riksnorm.web.granskning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Granskning", description = "En sida av granskningsloggen: varje skrivning med vem, när, vad, före och efter")
public record GranskningResponse(
        @Schema(description = "antal poster som matchar") long totalt,
        int sida,
        int storlek,
        List<Post> poster) {

    @Serdeable
    @Schema(name = "GranskningPost")
    public record Post(
            long id,
            @Schema(example = "2026-11-22T07:12:03.120Z") String tidpunkt,
            @Schema(description = "namnet som visas", example = "sakkunnig-demo") String anvandare,
            @Schema(description = "hur användaren loggade in: JWT, API_NYCKEL, SYSTEM (tjänsten själv) eller OKAND (före 2026-12)",
                    example = "API_NYCKEL") String inloggning,
            @Nullable @Schema(description = "vem inloggningen gäller: JWT:ns subjekt @ utfärdare, API-nyckelns namn",
                    example = "sakkunnig-demo") String identitet,
            @Schema(example = "CELLER_ANDRADE") String handling,
            @Schema(example = "fördelning nykoping 2024, förslag 1") String objekt,
            @Nullable String fore,
            @Nullable String efter) {
    }
}
