package se.riksnorm.inmatning;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * The bilaga's labels, as its export writes them and a person may retype them: column headings ("0 år", "1–2 år",
 * "5 personer") and row labels (a post's name, "Matnorm per vecka", "Umgängesnorm per dag (inkl. matnorm)"). Matched
 * in any case, with any dash and spacing, so the table is found by its labels wherever it stands on the sheet.
 */
final class Tabelletiketter {

    private static final Pattern PERSONER = Pattern.compile("([0-9]{1,2}) person(er)?");
    private static final Pattern STRECK = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern MELLANRUM = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Map<String, Aldersgrupp> GRUPPER = new HashMap<>();
    private static final Map<String, Rad> RADER = new HashMap<>();
    private static final String SUMMA_PERSONLIGA = "summa personliga kostnader";
    private static final String SUMMA_GEMENSAMMA = "summa gemensamma kostnader";
    static final String UMGANGESNORM = "umgängesnorm per dag";

    static {
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            GRUPPER.put(normalisera(grupp.benamning()), grupp);
        }
        for (Behovspost post : Behovspost.values()) {
            RADER.put(normalisera(post.benamning()), new Rad(Radslag.POST, post, null));
        }
        RADER.put("matnorm per månad", new Rad(Radslag.MATNORM, null, FordelningCells.PER_MANAD));
        RADER.put("matnorm per vecka", new Rad(Radslag.MATNORM, null, FordelningCells.PER_VECKA));
        RADER.put("matnorm per dag", new Rad(Radslag.MATNORM, null, FordelningCells.PER_DAG));
        RADER.put(SUMMA_PERSONLIGA, new Rad(Radslag.SUMMA, null, null));
        RADER.put(SUMMA_GEMENSAMMA, new Rad(Radslag.SUMMA, null, null));
    }

    private Tabelletiketter() {
    }

    /** What a row holds. */
    enum Radslag { POST, MATNORM, UMGANGESNORM, SUMMA }

    /** A row label understood: a post, a matnorm period, the umgängesnorm, or a sum the service works out itself. */
    record Rad(Radslag slag, Behovspost post, String period) {
    }

    /** A column heading understood: an age band (personliga, matnorm, umgängesnorm) or a household size (gemensamma). */
    record Kolumn(Aldersgrupp grupp, int personer) {

        String rubrik() {
            return grupp != null ? grupp.benamning() : Kolumnrubrik.personer(personer);
        }
    }

    /** Lower case, composed, one kind of dash, single spaces, without a trailing note mark ("*"). */
    static String normalisera(String text) {
        String ord = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.forLanguageTag("sv-SE"));
        ord = STRECK.matcher(ord).replaceAll("-");
        ord = MELLANRUM.matcher(ord).replaceAll(" ").strip();
        while (ord.endsWith("*")) {
            ord = ord.substring(0, ord.length() - 1).strip();
        }
        return ord;
    }

    /** The export's mark for a cell that has no value in its column ("–"). */
    static boolean arStreck(String text) {
        String ord = normalisera(text);
        return ord.equals("-") || ord.equals("--");
    }

    static Optional<Kolumn> kolumn(String rubrik) {
        String ord = normalisera(rubrik);
        Aldersgrupp grupp = GRUPPER.get(ord);
        if (grupp != null) {
            return Optional.of(new Kolumn(grupp, 0));
        }
        Matcher personer = PERSONER.matcher(ord);
        if (personer.matches() && Integer.parseInt(personer.group(1)) >= 1) {
            return Optional.of(new Kolumn(null, Integer.parseInt(personer.group(1))));
        }
        return Optional.empty();
    }

    static Optional<Rad> rad(String etikett) {
        String ord = normalisera(etikett);
        Rad rad = RADER.get(ord);
        if (rad == null && ord.startsWith(UMGANGESNORM)) {
            rad = new Rad(Radslag.UMGANGESNORM, null, FordelningCells.PER_DAG);
        }
        return Optional.ofNullable(rad);
    }

    /** The cell a row and a column meet in, or empty where the two do not belong to one table. */
    static Optional<Cell> cell(Rad rad, Kolumn kolumn) {
        return switch (rad.slag()) {
            case POST -> rad.post().arPersonlig()
                    ? Optional.ofNullable(kolumn.grupp()).map(g -> FordelningCells.personlig(rad.post(), g))
                    : kolumn.grupp() == null ? Optional.of(FordelningCells.gemensam(rad.post(), kolumn.personer())) : Optional.empty();
            case MATNORM -> Optional.ofNullable(kolumn.grupp()).map(g -> FordelningCells.matnorm(rad.period(), g));
            case UMGANGESNORM -> Optional.ofNullable(kolumn.grupp()).map(FordelningCells::umgangesnorm);
            case SUMMA -> Optional.empty();
        };
    }
}
