package se.riksnorm.web.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import se.riksnorm.web.kommun.KommunRef;

/** What a caseload costs under two norm versions (docs/adr/0120). Amounts are whole kronor. */
@Serdeable
@Schema(name = "Budgetpaverkan")
public record BudgetpaverkanResponse(
        KommunRef kommun,
        @Schema(description = "den första versionen (jämförs från)") VersionResponse fore,
        @Schema(description = "den andra versionen (jämförs till)") VersionResponse efter,
        @Schema(description = "månaderna som representerar varje år, samma i båda versionernas år", example = "1") String manader,
        @Schema(description = "underlagets månad: ett födelsedatum blir åldern den månaden", example = "2023-11") String per,
        UnderlagResponse underlag,
        @Schema(description = "försörjningsstöd: det kommunen betalar") SummaResponse forsorjningsstod,
        @Schema(description = "riksnormens del (personliga och gemensamma kostnader, efter begränsningsregeln)") SummaResponse riksnorm,
        List<TypResponse> perHushallstyp,
        @Schema(description = "hur många hushåll som får mer, lika mycket eller mindre försörjningsstöd") FordelningResponse hushallen,
        @Schema(description = "de största förändringarna per månad, med hushållets id som det angavs") List<AndringResponse> storstaAndringar,
        @Schema(description = "rader och hushåll som inte räknats, de första " + 1000 + " i radordning") List<RadfelResponse> fel) {

    @Serdeable
    @Schema(name = "BudgetVersion")
    public record VersionResponse(@Schema(example = "2024:forslag-1") String version, int ar,
                                  @Schema(description = "BESLUTAD, FORSLAG eller RIKSNORM") String tabell,
                                  @Nullable Long forslag, String benamning, String kalla,
                                  @Schema(description = "de beräknade månaderna", example = "2024-01") String period) {
    }

    @Serdeable
    @Schema(name = "BudgetUnderlag")
    public record UnderlagResponse(@Schema(description = "rader (CSV, efter rubriken) eller NDJSON-rader") long rader,
                                   @Schema(description = "hushåll beräknade i båda versionerna: bara de ingår i summorna") long beraknade,
                                   @Schema(description = "hushåll eller rader som inte räknats") long felaktiga,
                                   @Schema(description = "personer i de beräknade hushållen (umgängesbarn oräknade)") long personer) {
    }

    @Serdeable
    @Schema(name = "BudgetBelopp")
    public record BeloppResponse(@Schema(description = "per månad") long perManad, @Schema(description = "per år") long perAr,
                                 @Schema(description = "summan över de beräknade månaderna") long perioden) {
    }

    @Serdeable
    @Schema(name = "BudgetSumma")
    public record SummaResponse(BeloppResponse fore, BeloppResponse efter,
                                @Schema(description = "efter − före") BeloppResponse skillnad,
                                @Nullable @Schema(description = "skillnaden i procent av före, en decimal", example = "8.7") BigDecimal procent) {
    }

    @Serdeable
    @Schema(name = "BudgetHushallstyp")
    public record TypResponse(@Schema(example = "ENSAMSTAENDE_2_BARN") String typ,
                              @Schema(example = "Ensamstående med 2 barn") String benamning, long hushall, long personer,
                              SummaResponse forsorjningsstod) {
    }

    @Serdeable
    @Schema(name = "BudgetFordelning")
    public record FordelningResponse(@Schema(description = "får mer") long fler, long samma, @Schema(description = "får mindre") long farre) {
    }

    @Serdeable
    @Schema(name = "BudgetAndring")
    public record AndringResponse(@Schema(description = "hushållets id som det angavs", example = "H-1042") String hushall, long rad,
                                  String typ, int personer, @Schema(description = "per månad") long fore, long efter, long skillnad) {
    }

    @Serdeable
    @Schema(name = "BudgetRadfel")
    public record RadfelResponse(long rad, @Nullable String hushall, @Nullable String falt, String meddelande) {
    }
}
