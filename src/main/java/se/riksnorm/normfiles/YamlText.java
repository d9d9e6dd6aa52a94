package se.riksnorm.normfiles;

/** Writes values the way the norms files hold them, so the reader reads back exactly what was written. */
final class YamlText {

    /** Where a line's comment starts, as in the hand-written files ("    ar_0: 755               # 0 år"). */
    private static final int KOMMENTARKOLUMN = 28;

    private YamlText() {
    }

    /**
     * A free text, always double-quoted with JSON's escapes (valid YAML). Escaped besides quote and backslash:
     * every control character, U+0085, U+2028 and U+2029 (YAML 1.1 and SnakeYAML read these three as line
     * breaks, and a double-quoted scalar folds line breaks into spaces), the byte-order mark and any unpaired
     * surrogate, so the reader reads back exactly the text written, whatever it holds (docs/adr/0143).
     */
    static String text(String varde) {
        if (varde == null) {
            return "null";
        }
        StringBuilder ut = new StringBuilder("\"");
        for (int i = 0; i < varde.length(); i++) {
            char c = varde.charAt(i);
            switch (c) {
                case '"' -> ut.append("\\\"");
                case '\\' -> ut.append("\\\\");
                case '\n' -> ut.append("\\n");
                case '\t' -> ut.append("\\t");
                case '\r' -> ut.append("\\r");
                default -> {
                    if (maste(varde, i)) {
                        ut.append(String.format("\\u%04x", (int) c));
                    } else {
                        ut.append(c);
                    }
                }
            }
        }
        return ut.append('"').toString();
    }

    /**
     * A text for a comment: anything that would end the comment's line (or that YAML does not allow) becomes a
     * space, so a title or a name cannot add lines to the file.
     */
    static String kommentar(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder ut = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            ut.append(maste(text, i) ? ' ' : text.charAt(i));
        }
        return ut.toString();
    }

    /** A mapping key: as it is where it is a plain name (a–z, digits, _ and -), else quoted. */
    static String nyckel(String nyckel) {
        return nyckel.matches("[a-z0-9_][a-z0-9_-]*") ? nyckel : text(nyckel);
    }

    /** Whether the character at {@code i} must be escaped in a scalar (and cannot stand in a comment). */
    private static boolean maste(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c == '\ufffe' || c == '\uffff';
    }

    /** "key:" opening a section, its comment aligned after it. */
    static String rubrik(String nyckel, String kommentar) {
        return kommenterad(nyckel + ":", kommentar);
    }

    /** "key: value", its comment aligned after it. */
    static String rad(String indrag, String nyckel, Object varde, String kommentar) {
        return kommenterad(indrag + nyckel + ": " + varde, kommentar);
    }

    private static String kommenterad(String rad, String kommentar) {
        return kommentar == null ? rad : rad + " ".repeat(Math.max(1, KOMMENTARKOLUMN - rad.length())) + "# " + kommentar(kommentar);
    }
}
