package se.riksnorm.domain.fordelning;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import se.riksnorm.domain.kommun.Berakningsinstallningar;

/**
 * A kommun: its key in this service (ASCII, e.g. {@code nykoping}), its four-digit kommunkod
 * (SCB, e.g. 0480), its name as written, its län, and its choices for calculations.
 *
 * @param lan the län, as SCB's list names it; {@code null} for a kommun known only from its own kommun.yaml
 */
public record Kommun(String id, String kod, String namn, String lan, Berakningsinstallningar berakning) {

    private static final Pattern DIAKRITER = Pattern.compile("\\p{M}");
    private static final Pattern INTE_ALFANUMERISKT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BINDESTRECK_I_KANTERNA = Pattern.compile("(^-|-$)");

    public Kommun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kod, "kod");
        Objects.requireNonNull(namn, "namn");
        Objects.requireNonNull(berakning, "berakning");
    }

    /** A kommun outside SCB's list (a test's), with its choices. */
    public Kommun(String id, String kod, String namn, Berakningsinstallningar berakning) {
        this(id, kod, namn, null, berakning);
    }

    /** A kommun with the standard calculation choices. */
    public Kommun(String id, String kod, String namn) {
        this(id, kod, namn, null, Berakningsinstallningar.STANDARD);
    }

    /** The same kommun with other calculation choices. */
    public Kommun medBerakning(Berakningsinstallningar installningar) {
        return new Kommun(id, kod, namn, lan, installningar);
    }

    /**
     * The key a name or id is matched by: lower case, diacritics removed (Nyköping, NYKÖPING and
     * nykoping are one kommun). Done here because SQLite's LOWER() folds ASCII only.
     */
    public static String nyckelFor(String namnEllerId) {
        String utanAccenter = DIAKRITER.matcher(Normalizer.normalize(namnEllerId.strip(), Normalizer.Form.NFD)).replaceAll("");
        String ord = INTE_ALFANUMERISKT.matcher(utanAccenter.toLowerCase(Locale.ROOT)).replaceAll("-");
        return BINDESTRECK_I_KANTERNA.matcher(ord).replaceAll("");
    }

    /** A name in any case, composed (NFC), so "Ängelholm" typed in either Unicode form is one name. */
    public static String namnnyckel(String namn) {
        return Normalizer.normalize(namn.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
