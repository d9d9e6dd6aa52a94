package se.riksnorm.inmatning;

import java.util.List;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.tabell.Cell;

/**
 * An uploaded fördelning, read and checked cell by cell: its amounts in the norms files' keys, and what the file says
 * besides that the person uploading it should see.
 *
 * @param rubriker the texts above the table (its title, a kommun heading)
 * @param anmarkningar what the reader noticed: a sum row that does not sum, the encoding it had to assume
 */
public record Lastabell(Map<Cell, Kronor> celler, List<String> rubriker, List<String> anmarkningar) {

    public Lastabell {
        celler = Map.copyOf(celler);
        rubriker = List.copyOf(rubriker);
        anmarkningar = List.copyOf(anmarkningar);
    }
}
