package se.riksnorm.domain.berakning;

import java.util.Set;
import se.riksnorm.domain.regler.Lagrum;

/**
 * The rules of a period: the formula and which rules it applies. Which rule set applies from which month is data
 * ({@code norms/regler/parametrar.yaml}, {@code regelverk}): each until a newer one starts, an open end like an
 * OpenFisca formula's, so a new year needs no new rule set and a reform does. Which paragraph each rule is and
 * every figure it uses come from the law of the month ({@code norms/regler/}).
 */
public interface Regelverk {

    /** The rule set's name, shown with every result beside the law it follows. */
    String namn();

    /** The id {@code norms/regler/parametrar.yaml} names the rule set by, e.g. "forsorjningsstod_2019". */
    String id();

    /** The rules these always apply; a month without one of them in {@code norms/regler/} cannot be calculated. */
    Set<Lagrum> lagrum();

    /** These rules over one kommun's norms for one month's law: the lines that do not depend on the household prepared. */
    Tillampning forbered(Normlage normlage);

    /** The rules ready for one Normlage: only the household is left to give. */
    @FunctionalInterface
    interface Tillampning {
        Berakningsresultat berakna(Forfragan forfragan, Redovisning redovisning);
    }
}
