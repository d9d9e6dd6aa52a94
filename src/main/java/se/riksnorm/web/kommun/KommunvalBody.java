package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A kommun's choices as PUT takes them and GET shows them ({@code val} of {@link KommunvalResponse}), so a client
 * edits what it read and sends it back.
 */
@Serdeable
@Schema(name = "KommunensVal", description = "Kommunens val där reglerna lämnar utrymme (docs/adr/0020, 0012, 0004)")
public record KommunvalBody(
        @Nullable @Schema(description = "från vilken månad ett barn räknas i sin nya åldersgrupp",
                allowableValues = {"ALDER_FORSTA_DAGEN", "FODELSEMANADEN", "MANADEN_EFTER_FODELSEMANADEN"},
                example = "ALDER_FORSTA_DAGEN", requiredMode = Schema.RequiredMode.REQUIRED) String aldersbyte,
        @Nullable @Schema(description = "hur en månads belopp blir ett belopp för några dagar",
                allowableValues = {"DAGBELOPP_GANGER_DAGAR", "ANDEL_AV_MANADEN"}, example = "DAGBELOPP_GANGER_DAGAR",
                requiredMode = Schema.RequiredMode.REQUIRED) String dagberakning,
        @Nullable @Schema(type = "object", description = "regeln som föreslår nästa års umgängesnorm; null: tjänstens standardregel")
        Umgangesnorm umgangesnorm,
        @Nullable @Schema(description = "avrundningen av hemmavarande ungdoms andel av gemensamma kostnader i tabeller kommunen "
                + "matar in eller föreslår; null: inget val (tabellens egen, annars HALVT_UPPAT)",
                allowableValues = {"HALVT_UPPAT", "NEDAT", "UPPAT_TILL_TIOTAL", "NARMASTE_TIOTAL"}, example = "HALVT_UPPAT")
        String hemmavarandeUngdom) {

    /**
     * @param utom the personal posts a visit does not cost (PERSONLIGA_UTOM), in the norms files' keys
     * @param dagarPerAr the days a year the monthly amounts are spread over, as a decimal text ("365.25")
     */
    @Serdeable
    @Schema(name = "Umgangesregel")
    public record Umgangesnorm(
            @Nullable @Schema(allowableValues = {"PERSONLIGA_UTOM", "OFORANDRAD"}, example = "PERSONLIGA_UTOM",
                    requiredMode = Schema.RequiredMode.REQUIRED) String regel,
            @Nullable @Schema(example = "[\"klader_och_skor\"]") List<String> utom,
            @Nullable @Schema(example = "365.25") String dagarPerAr,
            @Nullable @Schema(allowableValues = {"NEDAT", "HALVT_UPPAT", "UPPAT_TILL_TIOTAL", "NARMASTE_TIOTAL"}, example = "NEDAT")
            String avrundning) {
    }
}
