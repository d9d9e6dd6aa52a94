package se.riksnorm.normfiles;

/** Writes values the way the norms files hold them, so the reader reads back exactly what was written. */
final class YamlText {

    /** Where a line's comment starts, as in the hand-written files ("    ar_0: 755               # 0 år"). */
    private static final int KOMMENTARKOLUMN = 28;

    private YamlText() {
    }

    /** A free text, always double-quoted (JSON escaping is valid YAML), or {@code null}. */
    static String text(String varde) {
        if (varde == null) {
            return "null";
        }
        StringBuilder ut = new StringBuilder("\"");
        for (char c : varde.toCharArray()) {
            switch (c) {
                case '"' -> ut.append("\\\"");
                case '\\' -> ut.append("\\\\");
                case '\n' -> ut.append("\\n");
                case '\t' -> ut.append("\\t");
                case '\r' -> ut.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        ut.append(String.format("\\u%04x", (int) c));
                    } else {
                        ut.append(c);
                    }
                }
            }
        }
        return ut.append('"').toString();
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
        return kommentar == null ? rad : rad + " ".repeat(Math.max(1, KOMMENTARKOLUMN - rad.length())) + "# " + kommentar;
    }
}
