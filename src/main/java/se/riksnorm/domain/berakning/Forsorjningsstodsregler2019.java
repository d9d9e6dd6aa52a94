package se.riksnorm.domain.berakning;

import java.util.EnumSet;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.regler.Lagrum;

/**
 * Försörjningsstöd as it has been calculated since (at least) 2019, under SoL (2001:453) 4 kap. and, from
 * 2025-07, SoL (2025:400) 12 kap.; each paragraph by month in {@code norms/regler/lagrum.yaml}:
 *
 * <pre>
 *   riksnorm         = Σ personliga kostnader + gemensamma kostnader(hushållets storlek)     riksnormens_belopp
 *   behov            = riksnorm + umgängesnorm + skäliga kostnader                            skaliga_kostnader
 *   inkomster        = Σ inkomster − jobbstimulans − barns arbetsinkomster upp till ett       jobbstimulans,
 *                      prisbasbelopp om året                                                 barns_arbetsinkomster
 *   försörjningsstöd = max(0, behov − inkomster) − nedsättning, aldrig under 0               nedsattning_*
 *   överskott        = max(0, inkomster − behov), räknas först mot levnadskostnader i övrigt  levnadskostnader_i_ovrigt
 * </pre>
 */
final class Forsorjningsstodsregler2019 extends Forsorjningsstodsregler {

    static final Forsorjningsstodsregler2019 INSTANS = new Forsorjningsstodsregler2019();

    private Forsorjningsstodsregler2019() {
        super("forsorjningsstod_2019", "Försörjningsstöd med riksnorm från 2019", EnumSet.of(Lagrum.FORSORJNINGSSTOD,
                Lagrum.RIKSNORMENS_BELOPP, Lagrum.SKALIGA_KOSTNADER, Lagrum.LEVNADSKOSTNADER_I_OVRIGT, Lagrum.JOBBSTIMULANS,
                Lagrum.BARNS_ARBETSINKOMSTER, Lagrum.HUSHALLSGEMENSKAP, Lagrum.NEDSATTNING_PRAKTIK));
    }

    /** The rules, in the order of the formula above. */
    @Override
    Berakningsresultat berakna(Forfragan forfragan, Radmallar normer, Redovisning redovisning) {
        Hushallsrader rader = new Hushallsrader(forfragan, normer, redovisning);
        rader.personligaKostnader();
        rader.gemensammaKostnader();
        rader.kostnader();
        rader.inkomster();
        rader.nedsattningar();
        return rader.resultat(Forsorjningsstodsregler2019::summera);
    }

    /** The formula: every line of the household added up by kind. */
    static Summering summera(Summor s) {
        Kronor riksnorm = s.personliga().minus(s.begransning()).plus(s.gemensamma());
        Kronor behov = riksnorm.plus(s.umgange()).plus(s.skaliga());
        Kronor inkomster = s.inkomster().minus(s.jobbstimulans()).minus(s.barnsArbetsinkomster());
        Kronor netto = behov.minus(inkomster);
        Kronor foreNedsattning = hogst(netto, Kronor.NOLL);
        Kronor overskott = hogst(Kronor.NOLL.minus(netto), Kronor.NOLL);
        Kronor nedsattning = minst(s.nedsattning(), foreNedsattning);
        Kronor forsorjningsstod = foreNedsattning.minus(nedsattning);
        Kronor ovrigt = hogst(s.levnadskostnaderIOvrigt().minus(overskott), Kronor.NOLL);
        Kronor overskottKvar = hogst(overskott.minus(s.levnadskostnaderIOvrigt()), Kronor.NOLL);
        return new Summering(riksnorm, s.umgange(), s.skaliga(), inkomster, forsorjningsstod, ovrigt, forsorjningsstod.plus(ovrigt),
                overskottKvar, s.begransning(), nedsattning);
    }

    private static Kronor hogst(Kronor a, Kronor b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Kronor minst(Kronor a, Kronor b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
