package se.riksnorm.export;

import java.util.List;

/**
 * A table: the headings over groups of columns (none, or covering every column), the heading of the row labels
 * (often empty), the columns' headings and the rows.
 *
 * @param grupper headings over neighbouring columns ("Barn och ungdomar", "Vuxna"), or none
 * @param kolumner the headings of the value columns
 */
public record Tabellavsnitt(String rubrik, String radrubrik, List<Kolumngrupp> grupper, List<String> kolumner,
                           List<Tabellrad> rader) implements Avsnitt {

    public Tabellavsnitt {
        grupper = List.copyOf(grupper);
        kolumner = List.copyOf(kolumner);
        rader = List.copyOf(rader);
        int grupperade = grupper.stream().mapToInt(Kolumngrupp::antal).sum();
        if (!grupper.isEmpty() && grupperade != kolumner.size()) {
            throw new IllegalArgumentException(rubrik + ": grupperna täcker " + grupperade + " av " + kolumner.size() + " kolumner");
        }
        for (Tabellrad rad : rader) {
            if (rad.celler().size() != kolumner.size()) {
                throw new IllegalArgumentException(rubrik + ", " + rad.etikett() + ": " + rad.celler().size() + " celler men "
                        + kolumner.size() + " kolumner");
            }
        }
    }

    /** A table without column groups. */
    public Tabellavsnitt(String rubrik, String radrubrik, List<String> kolumner, List<Tabellrad> rader) {
        this(rubrik, radrubrik, List.of(), kolumner, rader);
    }

    /** For the HTML template: a second heading row carries the columns when the first carries the groups. */
    public boolean harGrupper() {
        return !grupper.isEmpty();
    }
}
