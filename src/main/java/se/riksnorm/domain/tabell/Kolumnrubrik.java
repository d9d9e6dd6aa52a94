package se.riksnorm.domain.tabell;

/** Column headings as a reader finds them in a bilaga. */
public final class Kolumnrubrik {

    private Kolumnrubrik() {
    }

    public static String personer(int antal) {
        return antal == 1 ? "1 person" : antal + " personer";
    }
}
