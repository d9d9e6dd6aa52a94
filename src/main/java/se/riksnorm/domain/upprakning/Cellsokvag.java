package se.riksnorm.domain.upprakning;

import java.util.Arrays;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Normtabell;

/** Reads a cell's address as the norms files write it: {@code gemensamma_kostnader.forbrukningsvaror.5}. */
public final class Cellsokvag {

    private Cellsokvag() {
    }

    /** @param falt the request field the address came from, named when it is refused */
    public static Cell tolka(String sokvag, String falt) {
        String[] delar = sokvag == null ? new String[0] : sokvag.strip().split("\\.", -1);
        Normtabell tabell = delar.length < 2 ? null : Arrays.stream(Normtabell.values())
                .filter(t -> t.nyckel().equals(delar[0])).findFirst().orElse(null);
        if (tabell == null || delar.length > 3 || Arrays.stream(delar).anyMatch(String::isEmpty)) {
            throw Vagran.ogiltigt(falt, sokvag, "En cell anges som tabell.rad.kolumn med normfilernas nycklar, t.ex. "
                    + "\"gemensamma_kostnader.forbrukningsvaror.5\" eller \"personliga_kostnader.livsmedel.ar_0\", inte '"
                    + sokvag + "'.");
        }
        return delar.length == 2 ? Cell.total(tabell, delar[1]) : new Cell(tabell, delar[1], delar[2]);
    }
}
