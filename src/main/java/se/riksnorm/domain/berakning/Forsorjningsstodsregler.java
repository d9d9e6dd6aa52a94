package se.riksnorm.domain.berakning;

import java.util.Set;
import se.riksnorm.domain.regler.Lagrum;

/** What every rule set of försörjningsstöd shares: its name, the rules it cites, and the household's lines over prepared norms. */
abstract class Forsorjningsstodsregler implements Regelverk {

    private final String id;
    private final String namn;
    private final Set<Lagrum> lagrum;

    Forsorjningsstodsregler(String id, String namn, Set<Lagrum> lagrum) {
        this.id = id;
        this.namn = namn;
        this.lagrum = Set.copyOf(lagrum);
    }

    /** The rule set's steps for one household, over the norms prepared for its month. */
    abstract Berakningsresultat berakna(Forfragan forfragan, Radmallar normer, Redovisning redovisning);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String namn() {
        return namn;
    }

    @Override
    public final Set<Lagrum> lagrum() {
        return lagrum;
    }

    @Override
    public final Tillampning forbered(Normlage normlage) {
        Radmallar normer = new Radmallar(normlage);
        return (forfragan, redovisning) -> berakna(forfragan, normer, redovisning);
    }
}
