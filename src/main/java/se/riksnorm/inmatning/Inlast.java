package se.riksnorm.inmatning;

import java.util.List;
import java.util.Map;
import se.riksnorm.domain.tabell.Cell;

/**
 * An uploaded table as found in its file, before its values are checked: each cell of the fördelning where it stands,
 * the sum rows the file carries (the service sums itself), the years the file states, and its heading texts.
 *
 * @param fel what was wrong with the table's shape (a missing column, a row under the wrong headings …)
 * @param rubriker the texts above the table (title, kommun heading)
 */
record Inlast(Map<Cell, Ruta> celler, List<Summa> summor, List<Arsuppgift> ar, List<Ruta> rubriker, List<Tabellfel> fel) {

    /** A sum the file states for a column: {@code tabell} is "personliga" or "gemensamma". */
    record Summa(boolean personliga, Tabelletiketter.Kolumn kolumn, Ruta ruta) {
    }

    /** A year the file states, and where. */
    record Arsuppgift(Plats plats, int ar, String text) {
    }
}
