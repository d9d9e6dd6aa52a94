package se.riksnorm.storage;

/** A stored cell of a kommun's table, decided or draft: addressed by the norms files' keys. */
interface CellRow {

    String tabell();

    String rad();

    String kolumn();

    long kronor();
}
