package se.riksnorm.web.berakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.berakning.Roll;
import java.util.Map;

@Serdeable
@Schema(name = "Medlem", description = "En person i beräkningen. Inget personnummer behövs eller sparas.")
public record MedlemRequest(
        @Nullable @Schema(description = "etikett som visas på personens rader; standard \"person 1\", \"person 2\" …",
                example = "barn 1") String id,
        @Nullable @Schema(description = "ÅÅÅÅ-MM-DD", format = "date", example = "2015-06-10") String fodelsedatum,
        @Nullable @Schema(description = "ålder i hela år under månaden, när födelsedatum inte är känt", example = "8") Integer alder,
        @Schema(description = "personens roll i hushållet", implementation = Roll.class, example = "BARN") String roll,
        @Nullable @Schema(description = "dagar i hushållet under perioden (växelvis boende), eller umgängesdagar för ett "
                + "umgängesbarn; utelämnat = hela perioden", example = "15") Integer dagar,
        @Nullable @Schema(description = "barn 0–6 år som äter lunch i förskolan 5 dagar/vecka") Boolean lunchIForskolan,
        @Nullable @Schema(description = "går i grundskola, gymnasieskola eller jämförlig utbildning; krävs för ett barn på 18 år "
                + "med arbetsinkomst (då räknas inkomsten bara över ett prisbasbelopp om året)") Boolean skolgang,
        @Nullable @Schema(description = "barnets arbetsinkomst tidigare under kalenderåret, före perioden, i kronor (standard 0)")
        Long arbetsinkomstTidigareIAr,
        @Nullable @Schema(description = "för en period över flera månader: dagar i hushållet (eller umgängesdagar) per månad, "
                + "ÅÅÅÅ-MM → dagar", example = "{\"2026-03\": 10, \"2026-04\": 14}") Map<String, Integer> dagarPerManad) {
}
