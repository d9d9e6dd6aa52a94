package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/**
 * The totals of a försörjningsstöd calculation. Never negative: a surplus of income is reported as
 * {@code overskott}, and is first set against livsföring (levnadskostnader) i övrigt: one's own means come first.
 *
 * @param riksnorm personliga − begränsning + gemensamma kostnader
 * @param inkomster income counted: all income less jobbstimulans and less a child's earnings that do not count
 * @param forsorjningsstod max(0, riksnorm + umgängesnorm + skäliga kostnader − inkomster) − nedsättning, never below 0
 * @param livsforingIOvrigt livsföring (levnadskostnader) i övrigt that remains after the surplus
 * @param bistand försörjningsstöd + livsföring i övrigt: what the household is granted in all
 * @param overskott the income beyond every need, 0 when there is none
 * @param begransning what the begränsningsregel took off the riksnorm (0 before 2027)
 * @param nedsattning the handläggare's reductions as applied: at most the försörjningsstöd before them
 */
public record Summering(Kronor riksnorm, Kronor umgangesnorm, Kronor skaligaKostnader, Kronor inkomster,
                        Kronor forsorjningsstod, Kronor livsforingIOvrigt, Kronor bistand, Kronor overskott,
                        Kronor begransning, Kronor nedsattning) {

    /** The totals of several months: each figure added up (each month's försörjningsstöd is already ≥ 0). */
    Summering plus(Summering annan) {
        return new Summering(riksnorm.plus(annan.riksnorm), umgangesnorm.plus(annan.umgangesnorm),
                skaligaKostnader.plus(annan.skaligaKostnader), inkomster.plus(annan.inkomster),
                forsorjningsstod.plus(annan.forsorjningsstod), livsforingIOvrigt.plus(annan.livsforingIOvrigt),
                bistand.plus(annan.bistand), overskott.plus(annan.overskott), begransning.plus(annan.begransning),
                nedsattning.plus(annan.nedsattning));
    }

    static Summering noll() {
        Kronor n = Kronor.NOLL;
        return new Summering(n, n, n, n, n, n, n, n, n, n);
    }
}
