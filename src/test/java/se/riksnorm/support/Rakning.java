package se.riksnorm.support;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand arithmetic of a case ({@code rakning} in {@code fall/*.yaml}) checked, as OpenFisca lets the expected value
 * be an expression: a case whose arithmetic does not add up fails before the service is asked.
 *
 * <p>The notation is the one a person writes on paper, in Swedish numbers ({@code 3 490}, {@code 111,12},
 * {@code −4 380}):
 * <ul>
 * <li>statements separated by {@code ;}, each optionally headed by a label ending in {@code :} ({@code December, 17
 * days:});</li>
 * <li>a statement is a chain {@code a = b = c}: each link must hold. A right side written with decimals is compared
 * rounded half up to as many ({@code 3 380 × 12 / 365 = 111,12}); a right side that goes on from the left's value is a
 * running total ({@code 3 910 + 1 270 = 5 180 + 6 000 − 7 500 = 3 680}); {@code a → b} is a rounding to whole kronor
 * ({@code |a − b| < 1}); {@code ≤}, {@code <}, {@code ≥}, {@code >} compare;</li>
 * <li>{@code + − × /}, {@code 40 %}, {@code round(…)} (half up), {@code min(…, …)}, {@code max(…, …)}, brackets;</li>
 * <li>a bracket after a number is a note: words are ignored ({@code 2 420 (0 år)}), arithmetic in it is checked on its
 * own ({@code 130 (3 940 × 12 / 365 = 129,53) × 17}).</li>
 * </ul>
 * Anything else is an error, so a case cannot hide a sentence where a figure should be.
 */
public final class Rakning {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final Pattern TAL = Pattern.compile("\\d{1,3}(?: \\d{3})*(?:,\\d+)?(?!\\d)|\\d+(?:,\\d+)?");
    private static final Pattern ENSAMT_TAL = Pattern.compile("[−-]?(?:\\d{1,3}(?: \\d{3})*|\\d+)(?:,(\\d+))?");
    private static final Pattern RUBRIK = Pattern.compile("^\\s*[^:=()]*\\p{L}[^:=()]*:\\s");

    private final String text;
    private int pos;

    private Rakning(String text) {
        this.text = text;
    }

    /** Checks every statement; returns the value the last one ends with. */
    public static BigDecimal kontrollera(String rakning) {
        BigDecimal sista = null;
        for (String sats : satser(rakning)) {
            Matcher rubrik = RUBRIK.matcher(sats);
            String utan = rubrik.find() ? sats.substring(rubrik.end()) : sats;
            if (utan.isBlank()) {
                throw new IllegalArgumentException("tom sats i: " + rakning);
            }
            Rakning r = new Rakning(utan);
            sista = r.kedja()[1];
            r.blanksteg();
            if (r.pos < r.text.length()) {
                throw r.fel("oväntat");
            }
        }
        if (sista == null) {
            throw new IllegalArgumentException("ingen räkning");
        }
        return sista;
    }

    /** The statements, split at {@code ;} outside brackets. */
    private static List<String> satser(String text) {
        List<String> satser = new ArrayList<>();
        int djup = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            djup += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';' && djup == 0) {
                satser.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (!text.substring(start).isBlank()) {
            satser.add(text.substring(start));
        }
        return satser;
    }

    /** A chain {@code a = b → c ≤ d}: the values of its first and its last side. */
    private BigDecimal[] kedja() {
        int startAvVanster = pos;
        BigDecimal forsta = uttryck();
        BigDecimal varde = forsta;
        while (true) {
            blanksteg();
            char lank = pos < text.length() ? text.charAt(pos) : 0;
            if (lank == 0 || "=→≤<≥>".indexOf(lank) < 0) {
                return new BigDecimal[] {forsta, varde};
            }
            pos++;
            blanksteg();
            int hoger = pos;
            BigDecimal ledande = ledandeTal();
            pos = hoger;
            BigDecimal hogerVarde = uttryck();
            String hogerText = text.substring(hoger, pos).strip();
            String vad = text.substring(startAvVanster, pos).strip();
            switch (lank) {
                case '=' -> {
                    boolean lika = lika(varde, hogerVarde, decimaler(hogerText));
                    boolean lopande = !lika && ledande != null && lika(varde, ledande, decimaler(forstaTalet(hogerText)));
                    if (!lika && !lopande) {
                        throw new AssertionError("räkningen stämmer inte: " + vad + " (vänster " + varde.stripTrailingZeros()
                                .toPlainString() + ")");
                    }
                }
                case '→' -> {
                    if (hogerVarde.stripTrailingZeros().scale() > 0 || varde.subtract(hogerVarde).abs().compareTo(BigDecimal.ONE) >= 0) {
                        throw new AssertionError("ingen avrundning till hela kronor: " + vad);
                    }
                }
                default -> {
                    int jamfort = varde.compareTo(hogerVarde);
                    boolean haller = switch (lank) {
                        case '≤' -> jamfort <= 0;
                        case '<' -> jamfort < 0;
                        case '≥' -> jamfort >= 0;
                        default -> jamfort > 0;
                    };
                    if (!haller) {
                        throw new AssertionError("jämförelsen stämmer inte: " + vad);
                    }
                }
            }
            varde = hogerVarde;
        }
    }

    private static boolean lika(BigDecimal vanster, BigDecimal hoger, int decimaler) {
        return vanster.setScale(decimaler, RoundingMode.HALF_UP).compareTo(hoger.setScale(decimaler, RoundingMode.HALF_UP)) == 0;
    }

    /** The decimals of a side that is a plain number ({@code 111,12}: 2); an expression is compared to 10 places. */
    private static int decimaler(String sida) {
        Matcher tal = ENSAMT_TAL.matcher(sida.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip());
        if (!tal.matches()) {
            return 10;
        }
        return tal.group(1) == null ? 0 : tal.group(1).length();
    }

    private static String forstaTalet(String sida) {
        Matcher tal = TAL.matcher(sida);
        return tal.find() ? tal.group() : sida;
    }

    /** The number a side begins with when more follows it ({@code 5 180 + 6 000}), else null. */
    private BigDecimal ledandeTal() {
        Matcher tal = TAL.matcher(text).region(pos, text.length());
        if (!tal.lookingAt()) {
            return null;
        }
        BigDecimal varde = tal(tal.group());
        pos = tal.end();
        anteckning();
        blanksteg();
        return pos < text.length() && "+−-×/".indexOf(text.charAt(pos)) >= 0 ? varde : null;
    }

    private BigDecimal uttryck() {
        BigDecimal varde = term();
        while (true) {
            blanksteg();
            if (tar('+')) {
                varde = varde.add(term());
            } else if (tar('−') || tar('-')) {
                varde = varde.subtract(term());
            } else {
                return varde;
            }
        }
    }

    private BigDecimal term() {
        BigDecimal varde = faktor();
        while (true) {
            blanksteg();
            if (tar('×')) {
                varde = varde.multiply(faktor());
            } else if (tar('/')) {
                varde = varde.divide(faktor(), PRECISION);
            } else {
                return varde;
            }
        }
    }

    private BigDecimal faktor() {
        blanksteg();
        if (tar('−') || tar('-')) {
            return faktor().negate();
        }
        BigDecimal varde;
        if (text.startsWith("round(", pos) || text.startsWith("min(", pos) || text.startsWith("max(", pos)) {
            String funktion = text.substring(pos, text.indexOf('(', pos));
            pos += funktion.length() + 1;
            List<BigDecimal> argument = new ArrayList<>();
            do {
                argument.add(kedja()[0]);
                blanksteg();
            } while (tar(','));
            krav(')');
            varde = switch (funktion) {
                case "round" -> argument.get(0).setScale(0, RoundingMode.HALF_UP);
                case "min" -> argument.stream().reduce(BigDecimal::min).orElseThrow();
                default -> argument.stream().reduce(BigDecimal::max).orElseThrow();
            };
        } else if (tar('(')) {
            varde = kedja()[0];
            krav(')');
        } else {
            Matcher tal = TAL.matcher(text).region(pos, text.length());
            if (!tal.lookingAt()) {
                throw fel("ett tal väntades");
            }
            varde = tal(tal.group());
            pos = tal.end();
        }
        blanksteg();
        if (tar('%')) {
            varde = varde.divide(BigDecimal.valueOf(100), PRECISION);
        }
        anteckning();
        return varde;
    }

    /** A bracket after a value: words are a note, arithmetic is checked on its own; neither changes the value. */
    private void anteckning() {
        blanksteg();
        while (pos < text.length() && text.charAt(pos) == '(') {
            int slut = slutparentes(pos);
            String inne = text.substring(pos + 1, slut);
            if (!inne.codePoints().anyMatch(Character::isLetter)) {
                kontrollera(inne);
            }
            pos = slut + 1;
            blanksteg();
        }
    }

    private int slutparentes(int start) {
        int djup = 0;
        for (int i = start; i < text.length(); i++) {
            djup += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (djup == 0) {
                return i;
            }
        }
        throw fel("en parentes stängs inte");
    }

    private static BigDecimal tal(String text) {
        return new BigDecimal(text.replace(" ", "").replace(',', '.'));
    }

    private boolean tar(char c) {
        blanksteg();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void krav(char c) {
        if (!tar(c)) {
            throw fel("'" + c + "' väntades");
        }
    }

    private void blanksteg() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException fel(String vad) {
        return new IllegalArgumentException(vad + " vid tecken " + pos + " i '" + text + "': '" + text.substring(pos) + "'");
    }
}
