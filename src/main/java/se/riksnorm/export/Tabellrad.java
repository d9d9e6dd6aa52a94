package se.riksnorm.export;

import java.util.List;

/** A row of a table: its label, one value per column, and whether it is a sum row (set in bold). */
public record Tabellrad(String etikett, List<Dokumentvarde> celler, boolean summa) {

    public Tabellrad {
        celler = List.copyOf(celler);
    }
}
