package se.riksnorm.normfiles;

/** What loading a norms file did to the stored data. */
public enum Inlasningsutfall {
    /** Stored for the first time. */
    NY,
    /** Same as stored: nothing written. */
    OFORANDRAD,
    /** A draft or preliminary table replaced; the differences are listed. */
    UPPDATERAD,
    /** The stored table is decided and the file differs: refused, the stored table stays. */
    VAGRAD,
    /** The file could not be read or does not fit the other tables: nothing written. */
    FEL
}
