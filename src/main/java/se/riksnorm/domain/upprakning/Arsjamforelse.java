package se.riksnorm.domain.upprakning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.domain.tabell.Cell;

/**
 * A kommun's table compared with the year before, for the tjänsteskrivelse: first the national totals of
 * every column, then every cell of the fördelning, old → new in kronor and percent, and every finding of
 * both tables (so last year's error and whether it is corrected are on the same page).
 */
public record Arsjamforelse(Fordelning fore, Fordelning efter, List<Jamforelserad> rader,
                            List<Avvikelse> foreAvvikelser, List<Avvikelse> efterAvvikelser) {

    public Arsjamforelse {
        rader = List.copyOf(rader);
        foreAvvikelser = List.copyOf(foreAvvikelser);
        efterAvvikelser = List.copyOf(efterAvvikelser);
    }

    public static Arsjamforelse mellan(Fordelning fore, Riksnorm riksnormFore, List<Avvikelse> foreAvvikelser,
                                       Fordelning efter, Riksnorm riksnormEfter, List<Avvikelse> efterAvvikelser) {
        List<Jamforelserad> rader = new ArrayList<>();
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            rader.add(new Jamforelserad(RiksnormCells.personlig(grupp), riksnormFore.personliga(grupp), riksnormEfter.personliga(grupp)));
        }
        int storsta = Math.max(fore.storstaHushall(), efter.storstaHushall());
        for (int antal = 1; antal <= storsta; antal++) {
            rader.add(new Jamforelserad(RiksnormCells.gemensam(antal), riksnormFore.gemensamma(antal), riksnormEfter.gemensamma(antal)));
        }
        Map<Cell, Kronor> foreCeller = celler(fore);
        Map<Cell, Kronor> efterCeller = celler(efter);
        Set<Cell> alla = new LinkedHashSet<>(efterCeller.keySet());
        alla.addAll(foreCeller.keySet());
        alla.forEach(cell -> rader.add(new Jamforelserad(cell, foreCeller.get(cell), efterCeller.get(cell))));
        return new Arsjamforelse(fore, efter, rader, foreAvvikelser, efterAvvikelser);
    }

    private static Map<Cell, Kronor> celler(Fordelning fordelning) {
        Map<Cell, Kronor> celler = new LinkedHashMap<>();
        FordelningCells.tabell(fordelning).celler().forEach((cell, varde) -> celler.put(cell, varde.kronor()));
        return celler;
    }
}
