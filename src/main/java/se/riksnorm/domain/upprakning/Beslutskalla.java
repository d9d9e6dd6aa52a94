package se.riksnorm.domain.upprakning;

import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;

/**
 * The source a decided table cites: the nämnd's decision itself, official by definition
 * (e.g. "Nyköping, Socialnämnden 2022-12-08, Dnr SN22/37: fördelning av riksnormen 2023").
 */
public final class Beslutskalla {

    private Beslutskalla() {
    }

    public static Kalla av(Kommun kommun, int ar, Beslut beslut) {
        String paragraf = beslut.paragraf() == null ? "" : " " + beslut.paragraf();
        String dnr = beslut.diarienummer() == null ? "" : ", Dnr " + beslut.diarienummer();
        return new Kalla(Kommun.nyckelFor(kommun.id() + " " + ar + " " + (beslut.diarienummer() == null ? "beslut" : beslut.diarienummer())),
                kommun.namn() + ", " + beslut.namnd() + " " + beslut.datum() + paragraf + dnr + ": fördelning av riksnormen " + ar,
                Tillforlitlighet.OFFICIELL, beslut.diarienummer() == null ? null : kommun.namn() + " " + beslut.diarienummer());
    }
}
