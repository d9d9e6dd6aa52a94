package se.riksnorm.inmatning;

/** What is wrong with an uploaded table, where: the place is {@code null} for the file as a whole. */
public record Tabellfel(Plats plats, String meddelande) {

    /** The message with its place in front, as a person reads it. */
    public String text() {
        return plats == null ? meddelande : capitalize(plats.text()) + ": " + meddelande;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
