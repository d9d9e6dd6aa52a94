package se.riksnorm.domain.berakning;

/** The kind of authority a line rests on. */
public enum Grundtyp {
    /** The government's riksnorm for the year (a national table and the source of the figure). */
    RIKSNORM,
    /** The kommun's decided fördelning (nämnd, date, Dnr). */
    KOMMUNBESLUT,
    /** A statute or the förordning. */
    FORFATTNING,
    /** A choice the kommun made where the rules leave room (age band, per-day rule). */
    KOMMUNINSTALLNING,
    /** A figure the handläggare entered (a rent, a wage). */
    UPPGIFT
}
