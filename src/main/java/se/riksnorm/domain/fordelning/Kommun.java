package se.riksnorm.domain.fordelning;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import se.riksnorm.domain.kommun.Berakningsinstallningar;

/**
 * A kommun: its key in this service (ASCII, e.g. {@code nykoping}), its four-digit kommunkod
 * (SCB, e.g. 0480), its name as written, and its choices for calculations.
 */
public record Kommun(String id, String kod, String namn, Berakningsinstallningar berakning) {

    public Kommun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kod, "kod");
        Objects.requireNonNull(namn, "namn");
        Objects.requireNonNull(berakning, "berakning");
    }

    /** A kommun with the standard calculation choices. */
    public Kommun(String id, String kod, String namn) {
        this(id, kod, namn, Berakningsinstallningar.STANDARD);
    }

    /**
     * The key a name or id is matched by: lower case, diacritics removed (Nyköping, NYKÖPING and
     * nykoping are one kommun). Done here because SQLite's LOWER() folds ASCII only.
     */
    public static String nyckelFor(String namnEllerId) {
        String utanAccenter = Normalizer.normalize(namnEllerId.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return utanAccenter.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public boolean kannsIgenPa(String namnIdEllerKod) {
        return kod.equals(namnIdEllerKod.strip()) || id.equals(nyckelFor(namnIdEllerKod))
                || nyckelFor(namn).equals(nyckelFor(namnIdEllerKod));
    }
}
