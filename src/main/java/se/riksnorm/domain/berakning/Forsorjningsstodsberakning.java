package se.riksnorm.domain.berakning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel.Feltyp;

/**
 * Calculates försörjningsstöd for a household and month: the entry point of the rules, plain Java,
 * usable as a library without the service (see EmbeddedLibraryTest).
 */
public final class Forsorjningsstodsberakning {

    private final Regelbok regelbok;
    /** The rules prepared for the norms of the latest Normbok; a new Normbok starts afresh. */
    private volatile Forberedda forberedda = new Forberedda(Normbok.tom());

    public Forsorjningsstodsberakning(Regelbok regelbok) {
        this.regelbok = regelbok;
    }

    public static Forsorjningsstodsberakning standard() {
        return new Forsorjningsstodsberakning(Regelbok.standard());
    }

    public Utfall<Berakningsresultat> berakna(Forfragan forfragan, Normbok normbok) {
        Utfall<Normlage> normer = Normuppslag.hitta(forfragan.kommun(), forfragan.period().manad(), normbok, regelbok, false);
        if (normer instanceof Utfall.Avvisat<Normlage> avvisat) {
            return new Utfall.Avvisat<>(avvisat.fel());
        }
        Normlage lage = ((Utfall.Beraknat<Normlage>) normer).resultat();
        List<Fel> fel = new ArrayList<>(Forfragningskontroll.kontrollera(forfragan, lage.kommun().berakning().aldersbyte(), true));
        if (harUmgangesbarn(forfragan) && lage.fordelningen().isEmpty()) {
            fel.add(new Fel(Feltyp.NORM_SAKNAS, "medlemmar", lage.kommun().namn() + " har ingen umgängesnorm för "
                    + lage.riksnorm().ar() + " (ingen fördelning det året)."));
        }
        if (!fel.isEmpty()) {
            return new Utfall.Avvisat<>(fel);
        }
        return new Utfall.Beraknat<>(forberedda(normbok).tillampning(lage).berakna(forfragan));
    }

    private static boolean harUmgangesbarn(Forfragan forfragan) {
        for (Medlem medlem : forfragan.medlemmar()) {
            if (medlem.roll() == Roll.UMGANGESBARN) {
                return true;
            }
        }
        return false;
    }

    private Forberedda forberedda(Normbok normbok) {
        Forberedda senaste = forberedda;
        if (senaste.normbok != normbok) {
            senaste = new Forberedda(normbok);
            forberedda = senaste;
        }
        return senaste;
    }

    /**
     * The rules prepared for each kommun and riksnorm year of one Normbok ({@link Regelverk#forbered}), made on
     * first use: at most one per kommun, year and set of rules, however many households are calculated.
     */
    private static final class Forberedda {

        private final Normbok normbok;
        private final Map<Nyckel, Regelverk.Tillampning> tillampningar = new ConcurrentHashMap<>();

        Forberedda(Normbok normbok) {
            this.normbok = normbok;
        }

        Regelverk.Tillampning tillampning(Normlage lage) {
            return tillampningar.computeIfAbsent(new Nyckel(lage.kommun().id(), lage.riksnorm().ar(), lage.regelverk()),
                    nyckel -> lage.regelverk().forbered(lage));
        }

        private record Nyckel(String kommun, int riksnormAr, Regelverk regelverk) {
        }
    }
}
