package se.riksnorm.domain.berakning;

import java.util.EnumSet;
import java.util.Set;
import se.riksnorm.domain.regler.Lagrum;

/**
 * The reformed försörjningsstöd from 2027-01 (prop. 2025/26:201, "bidragstak"): the riksnorm from a referensvärde is
 * the ceiling, and the begränsningsregel lowers the riksnorm of a household with many children. The formula is
 * 2019's ({@link Forsorjningsstodsregler2019#summera}) with one rule more:
 *
 * <pre>
 *   riksnorm = Σ personliga kostnader − begränsning + gemensamma kostnader                    begransningsregel
 *   begränsning, per barn från nummer {fran_barn} i {ordning}:
 *              personliga kostnader × {sammanboende_procent | ensamstaende_procent} × {infasning_procent}
 * </pre>
 *
 * The percentages, the order of the children and the phase-in are parameters by month in
 * {@code norms/regler/parametrar.yaml}, preliminary until the SFS text is published.
 */
final class Forsorjningsstodsregler2027 extends Forsorjningsstodsregler {

    static final Forsorjningsstodsregler2027 INSTANS = new Forsorjningsstodsregler2027();

    private Forsorjningsstodsregler2027() {
        super("bidragstak_2027", "Reformerat försörjningsstöd (bidragstak) från 2027", med(Forsorjningsstodsregler2019.INSTANS.lagrum(),
                Lagrum.BEGRANSNINGSREGEL));
    }

    /** The rules, in the order of the formula: 2019's with the begränsningsregel after the personliga kostnader. */
    @Override
    Berakningsresultat berakna(Forfragan forfragan, Radmallar normer, Redovisning redovisning) {
        Hushallsrader rader = new Hushallsrader(forfragan, normer, redovisning);
        rader.personligaKostnader();
        rader.begransningsregel();
        rader.gemensammaKostnader();
        rader.kostnader();
        rader.inkomster();
        rader.nedsattningar();
        return rader.resultat(Forsorjningsstodsregler2019::summera);
    }

    private static Set<Lagrum> med(Set<Lagrum> lagrum, Lagrum till) {
        Set<Lagrum> alla = EnumSet.of(till);
        alla.addAll(lagrum);
        return alla;
    }
}
