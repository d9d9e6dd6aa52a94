package se.riksnorm.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A free text as the service stores it (a motivering, a nämnd, a description): one line, in Unicode's composed
 * form (NFC, so "Nyköping" typed with a combining diaeresis is the same text as with "ö"), without the
 * characters that would change what it means when written back into a YAML file, a CSV, a spreadsheet or a PDF:
 * control characters (U+0000–U+001F, U+007F–U+009F: tab and new line too, and U+0085), the line and paragraph
 * separators U+2028 and U+2029 (YAML and JavaScript read them as line breaks), the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can make text read otherwise than it is stored),
 * the byte-order mark, unpaired surrogates and unassigned code points (docs/adr/0143).
 */
public final class Fritext {

    private Fritext() {
    }

    /** NFC, without white space at either end; {@code null} stays {@code null}. */
    public static String normaliserad(String text) {
        if (text == null) {
            return null;
        }
        return (vanligText(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)).strip();
    }

    /**
     * Why the text (normalised) cannot be stored, or empty.
     *
     * @param storstaLangd the most characters (code points) it may have
     */
    public static Optional<String> fel(String text, int storstaLangd) {
        if (text == null) {
            return Optional.empty();
        }
        if (vanligText(text)) {
            return text.length() > storstaLangd ? Optional.of("Högst " + storstaLangd + " tecken, inte " + text.length() + ".")
                    : Optional.empty();
        }
        int langd = text.codePointCount(0, text.length());
        if (langd > storstaLangd) {
            return Optional.of("Högst " + storstaLangd + " tecken, inte " + langd + ".");
        }
        OptionalInt tecken = text.codePoints().filter(Fritext::otillatet).findFirst();
        return tecken.isEmpty() ? Optional.empty() : Optional.of("Tecknet " + String.format("U+%04X", tecken.getAsInt()) + " ("
                + namn(tecken.getAsInt()) + ") kan inte sparas: texten anges på en rad, utan styr- och formateringstecken.");
    }

    /**
     * Printable characters below U+0300 only (ASCII and the Latin letters, å, ä and ö among them), as almost every text
     * is: such a text is already in NFC (composition needs a combining mark, U+0300 or above), is one code point per
     * character and holds nothing {@link #otillatet} refuses, so neither the normaliser nor the check need to run
     * (together a fifth of reading a batch line).
     */
    private static boolean vanligText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0x300) {
                return false;
            }
        }
        return true;
    }

    private static boolean otillatet(int tecken) {
        int typ = Character.getType(tecken);
        return typ == Character.CONTROL || typ == Character.LINE_SEPARATOR || typ == Character.PARAGRAPH_SEPARATOR
                || typ == Character.SURROGATE || typ == Character.UNASSIGNED
                || (tecken >= 0x202A && tecken <= 0x202E) || (tecken >= 0x2066 && tecken <= 0x2069) || tecken == 0xFEFF;
    }

    private static String namn(int tecken) {
        String namn = Character.getName(tecken);
        return namn == null ? "okänt tecken" : namn.toLowerCase(java.util.Locale.ROOT);
    }
}
