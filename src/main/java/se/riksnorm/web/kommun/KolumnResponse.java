package se.riksnorm.web.kommun;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "Kolumn", description = "En kolumn i fördelningen: dess poster, deras summa och riksnormens belopp")
public record KolumnResponse(
        @Schema(description = "åldersgrupp eller antal personer", example = "5") String kolumn,
        @Schema(example = "5 personer") String benamning,
        List<PostResponse> poster,
        long summa,
        @Schema(description = "riksnormens belopp för kolumnen") long riksnorm,
        @Schema(description = "summa − riksnorm; 0 när kolumnen stämmer") long differens) {
}
