package se.riksnorm.domain.tabell;

import java.util.Objects;

/**
 * The address of one amount in a table, in the keys of the norms files: e.g.
 * {@code personliga_kostnader.livsmedel.ar_0} or, for a national total without posts,
 * {@code gemensamma_kostnader.5}. A file, the database and a difference report all name a cell alike.
 *
 * @param rad the post or period (e.g. {@code livsmedel}, {@code per_vecka}), empty for a national total
 * @param kolumn the column: an age band key, a household size, or a field of an example
 */
public record Cell(Normtabell tabell, String rad, String kolumn) {

    public Cell {
        Objects.requireNonNull(tabell, "tabell");
        Objects.requireNonNull(rad, "rad");
        Objects.requireNonNull(kolumn, "kolumn");
    }

    public static Cell total(Normtabell tabell, String kolumn) {
        return new Cell(tabell, "", kolumn);
    }

    public String sokvag() {
        return tabell.nyckel() + (rad.isEmpty() ? "" : "." + rad) + "." + kolumn;
    }

    @Override
    public String toString() {
        return sokvag();
    }
}
