package se.riksnorm.domain.upprakning;

import java.util.Locale;

/** Small pieces of Swedish for messages and titles. */
public final class Svenska {

    private Svenska() {
    }

    /** The genitive of a name: Nyköpings, but Västerås. */
    public static String genitiv(String namn) {
        return namn.matches(".*[sxzSXZ]$") ? namn : namn + "s";
    }

    public static String forstaVersal(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
