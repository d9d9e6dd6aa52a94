package se.riksnorm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals of one Java source file that reach its code: comments (Javadoc included) are skipped, and so
 * are annotations' arguments ({@code @ApiResponse(description = "…")}), which are the API's documentation
 * (docs/adr/0149), and a {@code static final String} constant that only annotations use ({@code @Parameter(description =
 * IF_MATCH)}, an {@code @ExampleObject}'s JSON). What is left is what the code itself says.
 */
final class Strangliteraler {

    /** A literal and the line it starts on. */
    record Literal(int rad, String text) {
    }

    private static final Pattern KONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=([^;]*);");
    private static final Pattern PLATS = Pattern.compile("\"#(\\d+)\"");

    private final String kalla;
    private final StringBuilder kod = new StringBuilder();
    private final StringBuilder annoteringar = new StringBuilder();
    private final List<Literal> literaler = new ArrayList<>();
    private int i;

    private Strangliteraler(String kalla) {
        this.kalla = kalla;
    }

    /** The literals the code of {@code kalla} uses, in order. */
    static List<Literal> i(String kalla) {
        Strangliteraler lasare = new Strangliteraler(kalla);
        lasare.las(lasare.kod, kalla.length());
        return lasare.iKoden();
    }

    private List<Literal> iKoden() {
        boolean[] barabeskrivning = new boolean[literaler.size()];
        Matcher konstant = KONSTANT.matcher(kod);
        while (konstant.find()) {
            Pattern namn = Pattern.compile("\\b" + konstant.group(1) + "\\b");
            boolean iKoden = namn.matcher(kod).results().count() > 1;
            if (!iKoden && namn.matcher(annoteringar).find()) {
                PLATS.matcher(konstant.group(2)).results().forEach(m -> barabeskrivning[Integer.parseInt(m.group(1))] = true);
            }
        }
        List<Literal> kvar = new ArrayList<>();
        for (int n = 0; n < literaler.size(); n++) {
            if (!barabeskrivning[n]) {
                kvar.add(literaler.get(n));
            }
        }
        return kvar;
    }

    /** Reads up to {@code slut}, writing code to {@code ut}; literals in code become {@code "#n"}. */
    private void las(StringBuilder ut, int slut) {
        while (i < slut) {
            char c = kalla.charAt(i);
            if (kalla.startsWith("//", i)) {
                i = radslut(i);
            } else if (kalla.startsWith("/*", i)) {
                int stang = kalla.indexOf("*/", i + 2);
                i = stang < 0 ? kalla.length() : stang + 2;
                ut.append(' ');
            } else if (c == '"' || c == '\'') {
                int rad = rad(i);
                String text = literal();
                if (c == '"') {
                    if (ut == kod) {
                        ut.append("\"#").append(literaler.size()).append('"');
                        literaler.add(new Literal(rad, text));
                    } else {
                        ut.append("\"\"");
                    }
                }
            } else if (c == '@' && annotering()) {
                continue;
            } else {
                ut.append(c);
                i++;
            }
        }
    }

    /** An annotation with arguments: its name goes to the code, its arguments to {@link #annoteringar}. */
    private boolean annotering() {
        int j = i + 1;
        while (j < kalla.length() && (Character.isJavaIdentifierPart(kalla.charAt(j)) || kalla.charAt(j) == '.')) {
            j++;
        }
        int parentes = j;
        while (parentes < kalla.length() && Character.isWhitespace(kalla.charAt(parentes))) {
            parentes++;
        }
        if (j == i + 1 || parentes >= kalla.length() || kalla.charAt(parentes) != '(') {
            return false;
        }
        kod.append(kalla, i, j).append("(…)");
        i = parentes + 1;
        int djup = 1;
        while (i < kalla.length() && djup > 0) {
            char c = kalla.charAt(i);
            if (c == '(') {
                djup++;
            } else if (c == ')') {
                djup--;
            }
            if (djup == 0) {
                i++;
                break;
            }
            int fore = i;
            las(annoteringar, i + 1);
            if (i == fore) {
                i++;
            }
        }
        annoteringar.append(' ');
        return true;
    }

    /** A string, text block or character literal starting at {@link #i}, with its escapes left as written. */
    private String literal() {
        char citat = kalla.charAt(i);
        String slut = kalla.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(citat);
        int start = i + slut.length();
        int j = start;
        while (j < kalla.length() && !kalla.startsWith(slut, j)) {
            j += kalla.charAt(j) == '\\' ? 2 : 1;
        }
        i = Math.min(kalla.length(), j + slut.length());
        return kalla.substring(start, Math.min(j, kalla.length()));
    }

    private int radslut(int fran) {
        int slut = kalla.indexOf('\n', fran);
        return slut < 0 ? kalla.length() : slut;
    }

    private int rad(int plats) {
        int rad = 1;
        for (int k = 0; k < plats; k++) {
            if (kalla.charAt(k) == '\n') {
                rad++;
            }
        }
        return rad;
    }
}
