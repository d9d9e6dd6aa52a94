package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "NyttForslag", description = "Föreslå kommunens fördelning för ett år ur ett basårs fördelning")
public record NyttForslagRequest(
        @Nullable @Schema(description = "året som föreslås; dess riksnorm måste finnas", example = "2024",
                requiredMode = Schema.RequiredMode.REQUIRED) Integer ar,
        @Nullable @Schema(description = "basåret vars fördelning behålls; utelämnat: året före. Samma år som ar ger ett "
                + "rättelseförslag ur den gällande tabellen", example = "2023") Integer fran,
        @Nullable @Schema(description = "varför; sparas i historiken") String motivering) {
}
