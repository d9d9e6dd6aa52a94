package se.riksnorm.domain.berakning;

import se.riksnorm.domain.riksnorm.Giltighet;

/**
 * The rules of a period. The period chooses the rules, so a year can change a rule and not only an
 * amount (a reform with a "referensvärde" and caps for larger households is proposed from 2027).
 */
public interface Regelverk {

    /** The rules' name and legal basis, shown with every result. */
    String namn();

    /** The months these rules apply to. */
    Giltighet giltighet();

    Berakningsresultat berakna(Forfragan forfragan, Normlage normlage);

    /**
     * These rules applied to one kommun's norms for a year, with whatever does not depend on the household
     * (the texts, grunder and the kommun's posts of each column) worked out once rather than per household.
     * Rules with nothing to prepare calculate as they are.
     */
    default Tillampning forbered(Normlage normlage) {
        return forfragan -> berakna(forfragan, normlage);
    }

    /** The rules ready for one Normlage: only the household is left to give. */
    @FunctionalInterface
    interface Tillampning {
        Berakningsresultat berakna(Forfragan forfragan);
    }
}
