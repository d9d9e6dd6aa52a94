package se.riksnorm.domain.tabell;

/** One difference between two versions of a table: a property or a cell, before and after. */
public record Skillnad(String var, String fore, String efter) {

    public static final String SAKNAS = "saknas";

    @Override
    public String toString() {
        return var + ": " + fore + " → " + efter;
    }
}
