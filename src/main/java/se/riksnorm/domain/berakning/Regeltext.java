package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/**
 * A line's rule with its arithmetic, e.g. "25 % av 9 000 kr = 2 250 kr …": kept as its parts and written out when
 * first read. A calculation answered in summary (the batch) or used as a library never pays for the wording.
 */
public final class Regeltext {

    private final Object[] delar;
    private volatile String text;

    private Regeltext(Object[] delar) {
        this.delar = delar;
    }

    /** The text of the parts in order: strings as they are, amounts in Swedish style ("7 200 kr"), the rest by toString. */
    public static Regeltext av(Object... delar) {
        return new Regeltext(delar.clone());
    }

    public String text() {
        String skriven = text;
        if (skriven == null) {
            StringBuilder sb = new StringBuilder(64);
            for (Object del : delar) {
                sb.append(del instanceof Kronor kronor ? kronor.svenskText() : String.valueOf(del));
            }
            skriven = sb.toString();
            text = skriven;
        }
        return skriven;
    }

    @Override
    public boolean equals(Object annan) {
        return annan instanceof Regeltext regeltext && text().equals(regeltext.text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
