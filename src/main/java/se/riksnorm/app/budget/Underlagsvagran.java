package se.riksnorm.app.budget;

import java.util.Objects;

/**
 * A caseload that cannot be read at all (empty, the wrong separator, an unknown column, a personnummer, too large):
 * the whole upload is refused and nothing of it is kept. A single bad row is not this: it is counted and reported
 * with its row number while the rest are calculated.
 */
public class Underlagsvagran extends RuntimeException {

    /** Why, which the web layer answers with its problem type and status. */
    public enum Orsak {
        /** Empty, a wrong separator, a missing or unknown column, an unreadable header: 400 ogiltigt-underlag. */
        OGILTIGT_UNDERLAG,
        /** A column or value that looks like a personnummer: 400 personnummer-behovs-inte. */
        PERSONNUMMER,
        /** Beyond the bounds of one upload (bytes, rows, households): 413 for-stort-underlag. */
        FOR_STORT
    }

    private final Orsak orsak;
    private final String falt;
    private final String varde;

    public Underlagsvagran(Orsak orsak, String falt, String varde, String detalj) {
        super(Objects.requireNonNull(detalj, "detalj"), null, false, false);
        this.orsak = Objects.requireNonNull(orsak, "orsak");
        this.falt = falt;
        this.varde = varde;
    }

    public Orsak orsak() {
        return orsak;
    }

    public String falt() {
        return falt;
    }

    public String varde() {
        return varde;
    }
}
