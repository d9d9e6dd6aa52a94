package se.riksnorm.sidor;

/** A link of the pages' menu; {@code aktiv} marks the section the page belongs to. */
public record Lank(String text, String href, boolean aktiv) {
}
