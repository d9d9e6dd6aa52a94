package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/** A household's lines added up by kind: what the formula of försörjningsstöd is written in. */
record Summor(Kronor personliga, Kronor begransning, Kronor gemensamma, Kronor umgange, Kronor skaliga,
              Kronor levnadskostnaderIOvrigt, Kronor inkomster, Kronor jobbstimulans, Kronor barnsArbetsinkomster,
              Kronor nedsattning) {

    /** Each kind's total, by {@link Radtyp#ordinal()}, as {@link Hushallsrader} adds the lines up while it makes them. */
    static Summor av(long[] summor) {
        return new Summor(kr(summor, Radtyp.PERSONLIGA_KOSTNADER), kr(summor, Radtyp.BEGRANSNING),
                kr(summor, Radtyp.GEMENSAMMA_KOSTNADER), kr(summor, Radtyp.UMGANGESNORM), kr(summor, Radtyp.SKALIG_KOSTNAD),
                kr(summor, Radtyp.LIVSFORING_I_OVRIGT), kr(summor, Radtyp.INKOMST), kr(summor, Radtyp.JOBBSTIMULANS),
                kr(summor, Radtyp.BARNS_ARBETSINKOMST), kr(summor, Radtyp.NEDSATTNING));
    }

    private static Kronor kr(long[] summor, Radtyp typ) {
        return Kronor.of(summor[typ.ordinal()]);
    }
}
