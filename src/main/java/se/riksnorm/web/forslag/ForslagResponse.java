package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import se.riksnorm.web.kommun.FordelningResponse;

@Serdeable
@Schema(name = "Forslag", description = "Ett förslag till kommunens fördelning: härlett ur ett basår, justerat av sakkunnig, "
        + "beslutat av nämnden och därefter oföränderligt")
public record ForslagResponse(
        @Schema(example = "7") long id,
        @Schema(description = "FORSLAG (kan ändras) eller BESLUTAD (ändras aldrig)", example = "FORSLAG") String status,
        @Schema(example = "2024") int ar,
        @Schema(description = "basåret vars fördelning behölls", example = "2023") int fran,
        @Schema(description = "hur förslaget räknades fram") String metod,
        @Schema(description = "riksnormen kolumnerna skalades till och kontrolleras mot") RiksnormRef riksnorm,
        Umgangesnorm umgangesnorm,
        @Schema(description = "varför förslaget inte kan beslutas ännu; tom när det kan") List<String> hinderForBeslut,
        @Nullable @Schema(description = "versionen av årets tabell som beslutet skapade") Integer beslutadVersion,
        @Schema(description = "tabellen, med avvikelser mot riksnormen") FordelningResponse tabell,
        @Schema(description = "relaterade resurser: historik, bilaga, jämförelse, beslutad tabell") Map<String, String> lankar) {

    @Serdeable
    @Schema(name = "ForslagRiksnorm")
    public record RiksnormRef(
            @Schema(example = "2024") int ar,
            @Schema(description = "FASTSTALLD eller PRELIMINAR", example = "PRELIMINAR") String status,
            @Nullable String upprakningProcent,
            @Schema(example = "/api/v1/riksnormer/2024") String href) {
    }

    @Serdeable
    @Schema(name = "ForslagUmgangesnorm", description = "Umgängesnormen är ett förslag enligt kommunens regel tills sakkunnig bekräftat den")
    public record Umgangesnorm(
            String regel,
            boolean bekraftad) {
    }
}
