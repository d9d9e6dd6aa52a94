package se.riksnorm.domain.berakning;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/** Umgängesnorm per visiting child: the kommun's decided amount per day (matnorm included) × the days. */
public final class Umgangesnormsberakning {

    private final Regelbok regelbok;

    public Umgangesnormsberakning(Regelbok regelbok) {
        this.regelbok = regelbok;
    }

    public Utfall<Umgangesnormsresultat> berakna(UmgangesnormFragan fraga, Normbok normbok) {
        return Normuppslag.hitta(fraga.kommun(), fraga.manad(), normbok, regelbok, true)
                .flatMap(lage -> Utfall.om(fel(fraga, lage), lage))
                .map(lage -> resultat(fraga, lage));
    }

    private static List<Fel> fel(UmgangesnormFragan fraga, Normlage lage) {
        List<Fel> fel = new ArrayList<>();
        if (fraga.barn().isEmpty()) {
            fel.add(new Fel(Feltyp.OGILTIG_UPPGIFT, "barn", "Ange minst ett barn."));
        }
        for (int i = 0; i < fraga.barn().size(); i++) {
            Medlem barn = fraga.barn().get(i);
            if (barn.roll() != Roll.UMGANGESBARN) {
                fel.add(new Fel(Feltyp.OGILTIG_UPPGIFT, "barn[" + i + "].roll", "Umgängesnorm gäller umgängesbarn (UMGANGESBARN)."));
            } else {
                Forfragningskontroll.kontrolleraPerson(barn, "barn[" + i + "]", Period.helManad(fraga.manad()),
                        lage.kommun().berakning().aldersbyte(), fel);
            }
        }
        return fel;
    }

    private static Umgangesnormsresultat resultat(UmgangesnormFragan fraga, Normlage lage) {
        Fordelning fordelning = lage.fordelning();
        List<UmgangesRad> rader = new ArrayList<>();
        for (Medlem barn : fraga.barn()) {
            Aldersgrupp kolumn = Kolumnval.barnkolumn(barn, fraga.manad(), lage.kommun().berakning().aldersbyte()).orElseThrow();
            Kronor perDag = fordelning.umgangesnormPerDag().get(kolumn);
            Kronor belopp = perDag.times(barn.dagar());
            rader.add(new UmgangesRad(barn.id(), kolumn.nyckel(), kolumn.benamning(), perDag, barn.dagar(), belopp,
                    Beloppstext.umgange(fordelning.ar(), kolumn, perDag, barn.dagar(), belopp).text()));
        }
        return new Umgangesnormsresultat(fraga.manad(), rader,
                Kronor.sum(rader.stream().map(UmgangesRad::belopp).toList()), Normunderlag.av(lage),
                List.of(Grunder.kommunbeslut(fordelning, "umgängesnorm")));
    }
}
