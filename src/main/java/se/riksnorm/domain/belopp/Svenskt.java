package se.riksnorm.domain.belopp;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Swedish as the bilaga, the messages and the titles write it: numbers "2 026", "−34", "8,6 %" (a real minus sign, a
 * space before %), and the genitive of a kommun's name. Kronor with the unit are {@link Kronor#svenskText()}.
 */
public final class Svenskt {

    private static final String KR = " kr";

    private Svenskt() {
    }

    /** Thousands grouped with a space: Kronor's own Swedish form without the unit. */
    public static String tal(Kronor kronor) {
        String text = kronor.svenskText();
        return text.substring(0, text.length() - KR.length());
    }

    public static String procent(BigDecimal procent) {
        return procent.toPlainString().replace('.', ',').replace("-", "\u2212") + " %";
    }

    /** The genitive of a name: Nyköpings, but Västerås. */
    public static String genitiv(String namn) {
        return namn.matches(".*[sxzSXZ]$") ? namn : namn + "s";
    }

    public static String forstaVersal(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
