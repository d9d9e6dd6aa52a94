package se.riksnorm.export;

/** A text in a table cell; {@link #TOM} where a column has no such post (the adults' försäkring). */
public record Textvarde(String text) implements Dokumentvarde {

    public static final Textvarde TOM = new Textvarde("–");

    @Override
    public String data() {
        return this == TOM ? "" : text;
    }
}
