package se.riksnorm.inmatning;

import java.math.BigDecimal;

/**
 * One cell of an uploaded table as the file holds it: a number (read exactly, never through a double), a text, or a
 * formula, which is never evaluated.
 *
 * @param tal the number, or {@code null} for a text
 * @param text the text as written (for a number, its digits)
 * @param formel the formula, or {@code null}
 */
record Ruta(Plats plats, BigDecimal tal, String text, String formel) {

    boolean tom() {
        return formel == null && tal == null && (text == null || text.isBlank() || Tabelletiketter.arStreck(text));
    }
}
