package se.riksnorm.export;

/** A section of a {@link Dokument}: a table or a few paragraphs, each under its heading. */
public sealed interface Avsnitt permits Tabellavsnitt, Textavsnitt {

    String rubrik();

    /** For the HTML template, which cannot ask for a type. */
    default boolean arTabell() {
        return this instanceof Tabellavsnitt;
    }
}
