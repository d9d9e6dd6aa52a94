package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/**
 * The totals of a försörjningsstöd calculation. Never negative: a surplus of income is reported as
 * {@code overskott}, and is first set against livsföring i övrigt (one's own means come first, SoL 4 kap. 1 §).
 *
 * @param riksnorm personliga + gemensamma kostnader
 * @param inkomster income counted: all income less jobbstimulans
 * @param forsorjningsstod max(0, riksnorm + umgängesnorm + skäliga kostnader − inkomster)
 * @param livsforingIOvrigt livsföring i övrigt that remains after the surplus
 * @param bistand försörjningsstöd + livsföring i övrigt: what the household is granted in all
 * @param overskott the income beyond every need, 0 when there is none
 */
public record Summering(Kronor riksnorm, Kronor umgangesnorm, Kronor skaligaKostnader, Kronor inkomster,
                        Kronor forsorjningsstod, Kronor livsforingIOvrigt, Kronor bistand, Kronor overskott) {
}
