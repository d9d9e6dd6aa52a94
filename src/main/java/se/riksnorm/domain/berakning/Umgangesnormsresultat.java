package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;

/** Umgängesnorm per child and in all, with the decision it comes from. */
public record Umgangesnormsresultat(YearMonth manad, List<UmgangesRad> rader, Kronor summa, Normunderlag normer,
                                    List<Grund> grunder) {

    public Umgangesnormsresultat {
        rader = List.copyOf(rader);
        grunder = List.copyOf(grunder);
    }
}
