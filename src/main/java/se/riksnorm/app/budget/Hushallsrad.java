package se.riksnorm.app.budget;

import java.util.List;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.budget.Budgethushall;

/**
 * What a caseload reader gives for each household: the household, or the reasons its rows cannot be read (each
 * with the row where the household starts). Never both.
 */
public record Hushallsrad(long rad, String id, Budgethushall hushall, List<Fel> fel) {

    public Hushallsrad {
        fel = List.copyOf(fel);
        if ((hushall == null) == fel.isEmpty()) {
            throw new IllegalArgumentException("en hushållsrad är ett hushåll eller fel, inte båda");
        }
    }

    public static Hushallsrad hushall(Budgethushall hushall) {
        return new Hushallsrad(hushall.rad(), hushall.id(), hushall, List.of());
    }

    public static Hushallsrad fel(long rad, String id, List<Fel> fel) {
        return new Hushallsrad(rad, id, null, fel);
    }
}
