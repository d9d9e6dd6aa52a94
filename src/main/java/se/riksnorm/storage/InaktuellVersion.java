package se.riksnorm.storage;

/**
 * A write that names the version it read ({@code If-Match}) found another in the database: someone else changed it
 * first, and nothing was written. Carries no stack trace: it is an answer, not a fault.
 */
public class InaktuellVersion extends RuntimeException {

    private final int aktuell;

    public InaktuellVersion(String vad, int last, int aktuell) {
        super(vad + " har ändrats sedan version " + last + " lästes; den är nu version " + aktuell
                + ". Läs den igen och gör ändringen på nytt.", null, false, false);
        this.aktuell = aktuell;
    }

    /** The version stored now. */
    public int aktuell() {
        return aktuell;
    }
}
