package se.riksnorm.sidor.sakkunnig;

import se.riksnorm.domain.upprakning.Cellbenamning;
import se.riksnorm.domain.upprakning.Cellsokvag;
import se.riksnorm.domain.upprakning.Vagran;

/** A cell's address in words, as the bilaga names it: "Kläder och skor, 1–2 år". */
public final class Cellnamn {

    private Cellnamn() {
    }

    public static String av(String sokvag) {
        try {
            Cellbenamning namn = Cellbenamning.av(Cellsokvag.tolka(sokvag, "cell"));
            return (namn.rad() == null || namn.rad().isBlank() ? namn.tabell() : namn.rad()) + ", " + namn.kolumn();
        } catch (Vagran | IllegalArgumentException e) {
            return sokvag;
        }
    }
}
