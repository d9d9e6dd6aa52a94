package se.riksnorm.domain.budget;

/** Which kommun table a norm version calculates with (docs/adr/0120). */
public enum Tabellval {
    /** The kommun's decided table for the year, as it is in force. */
    BESLUTAD,
    /** A stored proposal for the year, decided or not. */
    FORSLAG,
    /** No kommun table: the national amounts only, as a kommun without a fördelning calculates. */
    RIKSNORM
}
