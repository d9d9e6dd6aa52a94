package se.riksnorm.domain.kontroll;

import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.tabell.Normtabell;

/**
 * A finding: a cell of a table that does not hold what a rule says it must, e.g. Nyköping 2023,
 * gemensamma kostnader for 5 persons, 2 026 kr where the riksnorm is 2 060 kr (−34 kr).
 *
 * @param kolumn the column as a reader finds it in the bilaga, e.g. "5 personer" or "0 år"
 */
public record Avvikelse(Kontrollregel regel, Normtabell tabell, String kolumn, Kronor forvantat, Kronor faktiskt) {

    public Avvikelse {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(tabell, "tabell");
        Objects.requireNonNull(kolumn, "kolumn");
        Objects.requireNonNull(forvantat, "forvantat");
        Objects.requireNonNull(faktiskt, "faktiskt");
    }

    /** Actual minus expected: negative when the table gives less than it should. */
    public Kronor differens() {
        return faktiskt.minus(forvantat);
    }

    public String meddelande() {
        String skillnad = regel.jamforelse() == Jamforelse.LIKA ? " (" + differens().svenskTextMedTecken() + ")" : "";
        return tabell.benamning() + ", " + kolumn + ": " + faktiskt.svenskText() + " men förväntat "
                + regel.jamforelse().text() + forvantat.svenskText() + skillnad + ". " + regel.beskrivning() + ".";
    }
}
