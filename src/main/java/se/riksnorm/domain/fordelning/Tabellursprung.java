package se.riksnorm.domain.fordelning;

/**
 * Where a stored version of a kommun's table came from, and the one rule between a file in {@code norms/} and the
 * stored table of the same kommun and year (docs/adr/0051): the database is the record, and a file writes the year
 * only where nothing is stored or where the version in force is a draft that itself came from a file. A decided table
 * never changes; a table that came through the service (entered through the API, or a decided proposal) is never
 * replaced or hidden by a file, which is refused with the reason until it is brought in step by an export.
 */
public enum Tabellursprung {
    /** Loaded from {@code norms/kommuner/<id>/<ar>.yaml}. */
    FIL,
    /** A proposal decided by the nämnd through the service. */
    FORSLAG,
    /** Entered through the API: an uploaded XLSX, CSV or JSON table, or a decision recorded on it. */
    INMATNING;

    /** What loading a file does to the year, given what is stored (or not). */
    public enum Filutslag {
        /** Nothing stored for the year: the file is loaded. */
        LAS_IN,
        /** The file gives exactly the stored table: nothing is written. */
        OFORANDRAD,
        /** A draft loaded from the file before: the file replaces it. */
        ERSATT,
        /** The stored version is decided: it never changes; a change needs a new decision. */
        VAGRAD_BESLUTAD,
        /** The stored version came through the service: it is the record, the file is not loaded. */
        VAGRAD_LAGRAD_I_TJANSTEN
    }

    /**
     * The rule, in one place.
     *
     * @param lagrat the origin of the version in force, or {@code null} when the year has none
     * @param status the status of the version in force (ignored when {@code lagrat} is null)
     * @param likaMedFilen whether the file gives exactly the stored table
     */
    public static Filutslag forFil(Tabellursprung lagrat, Fordelningsstatus status, boolean likaMedFilen) {
        if (lagrat == null) {
            return Filutslag.LAS_IN;
        }
        if (likaMedFilen) {
            return Filutslag.OFORANDRAD;
        }
        if (status.arLast()) {
            return Filutslag.VAGRAD_BESLUTAD;
        }
        return lagrat == FIL ? Filutslag.ERSATT : Filutslag.VAGRAD_LAGRAD_I_TJANSTEN;
    }
}
