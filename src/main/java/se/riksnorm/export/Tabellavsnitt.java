package se.riksnorm.export;

import java.util.List;

/**
 * A table: its column headings (the first is the row labels' heading, often empty) and its rows.
 *
 * @param kolumner the headings of the value columns
 */
public record Tabellavsnitt(String rubrik, String radrubrik, List<String> kolumner, List<Tabellrad> rader) implements Avsnitt {

    public Tabellavsnitt {
        kolumner = List.copyOf(kolumner);
        rader = List.copyOf(rader);
        for (Tabellrad rad : rader) {
            if (rad.celler().size() != kolumner.size()) {
                throw new IllegalArgumentException(rubrik + ", " + rad.etikett() + ": " + rad.celler().size() + " celler men "
                        + kolumner.size() + " kolumner");
            }
        }
    }
}
