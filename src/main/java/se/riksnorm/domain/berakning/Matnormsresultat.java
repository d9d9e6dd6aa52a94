package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;

/** Matnorm per person and for the household, with the decision it comes from. */
public record Matnormsresultat(YearMonth manad, int dagar, List<MatnormRad> rader, Kronor perManad, Kronor perVecka,
                               Kronor perDag, Kronor forDagarna, Normunderlag normer, List<Grund> grunder) {

    public Matnormsresultat {
        rader = List.copyOf(rader);
        grunder = List.copyOf(grunder);
    }
}
