package se.riksnorm.storage;

import se.riksnorm.domain.Normbok;

/**
 * A {@link Normbok} with the point in the database's history it was read at: the newest history entry and the sum of
 * the kommuner's versions, both of which only grow with every write that changes the norms. Two reads that overlap
 * a write can finish in either order; the one that saw less must not replace the one that saw more.
 */
public record Normavlasning(Normbok normbok, long handelse, long kommunversioner) {

    public static final Normavlasning TOM = new Normavlasning(Normbok.tom(), -1, -1);

    /**
     * Read strictly before {@code annan}: it saw everything this saw, and more. Two reads that each saw a write the
     * other did not are not ordered; the later of them is kept, and NormSynk reads again when the database moves.
     */
    public boolean aldreAn(Normavlasning annan) {
        return annan.handelse >= handelse && annan.kommunversioner >= kommunversioner
                && (annan.handelse > handelse || annan.kommunversioner > kommunversioner);
    }
}
