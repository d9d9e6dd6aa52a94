package se.riksnorm.web.upprakning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Serdeable
@Schema(name = "PubliceradRiksnorm", description = "Regeringens tabell för året, hel, med en källa för alla belopp: publicerad "
        + "(FASTSTALLD) eller preliminär (PRELIMINAR, t.ex. ur regeringens besked innan förordningen finns)")
public record PubliceradRiksnormRequest(
        @Nullable @Schema(type = "object", requiredMode = Schema.RequiredMode.REQUIRED) Kalla kalla,
        @Nullable @Schema(description = "FASTSTALLD (standard: den publicerade tabellen) eller PRELIMINAR; varje beräkning med "
                + "en preliminär tabell får en anmärkning om det", example = "FASTSTALLD") String status,
        @Nullable @Schema(description = "uppräkningen tabellen följer; utelämnad: förslagets") String upprakningProcent,
        @Nullable @Schema(description = "kr/månad per kolumn: ar_0, ar_1_2, ar_3, ar_4_6, ar_7_10, ar_11_14, ar_15_18, ar_19_20, "
                + "ensamstaende, sammanboende", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Long> personligaKostnader,
        @Nullable @Schema(description = "kr/månad per hushållsstorlek 1–7", requiredMode = Schema.RequiredMode.REQUIRED)
        Map<String, Long> gemensammaKostnader,
        @Nullable @Schema(description = "belopp ej lunch för ar_0, ar_1_2, ar_3, ar_4_6 där de publicerats") Map<String, Long> ejLunch,
        @Nullable @Schema(description = "varför; sparas i historiken") String motivering) {

    @Serdeable
    @Schema(name = "KallaBegaran", description = "En lagrad källa (bara id) eller en ny (id, titel, tillförlitlighet)")
    public record Kalla(
            @Nullable @Schema(example = "regeringen-2024") String id,
            @Nullable @Schema(example = "Regeringens beslut om riksnormen för 2024") String titel,
            @Nullable @Schema(description = "OFFICIELL (standard), KOMMUNSIDA, eller HARLEDD för en preliminär tabell",
                    example = "OFFICIELL") String tillforlitlighet,
            @Nullable @Schema(example = "SoF 2 kap. 1 §") String referens) {
    }
}
