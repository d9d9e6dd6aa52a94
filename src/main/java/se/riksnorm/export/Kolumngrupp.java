package se.riksnorm.export;

import java.util.Objects;

/**
 * A heading over neighbouring columns of a table, as the seed's bilaga (SN22/37) sets "Barn och ungdomar" over
 * the age bands and "Vuxna" over the two adult columns.
 *
 * @param antal how many columns, from where the group before it ends
 */
public record Kolumngrupp(String rubrik, int antal) {

    public Kolumngrupp {
        Objects.requireNonNull(rubrik, "rubrik");
        if (antal < 1) {
            throw new IllegalArgumentException(rubrik + ": en kolumngrupp har minst en kolumn, inte " + antal);
        }
    }
}
