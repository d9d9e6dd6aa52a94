package se.riksnorm.domain.berakning;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel.Feltyp;

/**
 * Calculates försörjningsstöd for a household and month: the entry point of the rules, plain Java,
 * usable as a library without the service (see EmbeddedLibraryTest).
 */
public final class Forsorjningsstodsberakning {

    private final Regelbok regelbok;

    public Forsorjningsstodsberakning(Regelbok regelbok) {
        this.regelbok = regelbok;
    }

    public static Forsorjningsstodsberakning standard() {
        return new Forsorjningsstodsberakning(Regelbok.standard());
    }

    public Utfall<Berakningsresultat> berakna(Forfragan forfragan, Normbok normbok) {
        boolean umgange = forfragan.medlemmar().stream().anyMatch(m -> m.roll() == Roll.UMGANGESBARN);
        Utfall<Normlage> normer = Normuppslag.hitta(forfragan.kommun(), forfragan.period().manad(), normbok, regelbok, false);
        if (normer instanceof Utfall.Avvisat<Normlage> avvisat) {
            return new Utfall.Avvisat<>(avvisat.fel());
        }
        Normlage lage = ((Utfall.Beraknat<Normlage>) normer).resultat();
        List<Fel> fel = new ArrayList<>(Forfragningskontroll.kontrollera(forfragan, lage.kommun().berakning().aldersbyte(), true));
        if (umgange && lage.fordelningen().isEmpty()) {
            fel.add(new Fel(Feltyp.NORM_SAKNAS, "medlemmar", lage.kommun().namn() + " har ingen umgängesnorm för "
                    + lage.riksnorm().ar() + " (ingen fördelning det året)."));
        }
        if (!fel.isEmpty()) {
            return new Utfall.Avvisat<>(fel);
        }
        return new Utfall.Beraknat<>(lage.regelverk().berakna(forfragan, lage));
    }
}
