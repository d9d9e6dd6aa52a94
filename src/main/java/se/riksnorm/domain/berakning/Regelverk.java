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
}
