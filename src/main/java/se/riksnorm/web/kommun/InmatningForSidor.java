package se.riksnorm.web.kommun;

import jakarta.inject.Singleton;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.Inmatning;
import se.riksnorm.app.upprakning.InmatningService;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;
import se.riksnorm.web.sakerhet.Roller;

/**
 * A kommun's own table from a file (the bilaga's XLSX or CSV) exactly as {@code PUT …/fordelningar/{ar}} takes it:
 * the same checks, refusals and answers, a draft of the sakkunnig, for the sakkunnig's page (issue 11 point 1).
 */
@Singleton
public class InmatningForSidor {

    private final InmatningService tjanst;
    private final Normregister register;

    InmatningForSidor(InmatningService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Checks the file as the API's {@code provning=true} does, or stores it as the year's next version.
     *
     * @param mediatyp the upload's media type as the browser gave it (XLSX, CSV; a macro workbook is refused)
     * @param lagra store it; otherwise only the preview, nothing stored
     */
    public InmatningResponse mataIn(Kommun kommun, int ar, byte[] fil, String mediatyp, boolean lagra, Anvandare anvandare,
                                    Behorighet behorighet) {
        behorighet.kravFor(kommun, Atgard.MATA_IN_TABELLER);
        behorighet.kravRoll(Roller.SAKKUNNIG, Atgard.MATA_IN_UTKAST);
        InmatningService.Format format = InmatningRequestParser.format(mediatyp, fil);
        Inmatning granskad = InmatningController.granska(() -> tjanst.granska(kommun, ar, fil, format, null, anvandare,
                tabell -> behorighet.kravRoll(tabell.status().arLast() ? Roller.BESLUTSFATTARE : Roller.SAKKUNNIG,
                        tabell.status().arLast() ? Atgard.MATA_IN_BESLUTAD_TABELL : Atgard.MATA_IN_UTKAST)));
        Inmatning svar = lagra ? tjanst.lagra(granskad, anvandare) : granskad;
        return InmatningResponse.av(svar, register.aktuell().riksnorm(svar.tabell().ar()).orElseThrow());
    }
}
