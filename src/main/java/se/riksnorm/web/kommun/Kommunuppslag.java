package se.riksnorm.web.kommun;

import java.text.Normalizer;
import java.util.regex.Pattern;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.problem.Problems;

/** A kommun as a path names it: by id, kommunkod or name; a 400 or 404 problem otherwise. */
public final class Kommunuppslag {

    /** A kommun is asked for by id, kommunkod or name: letters (å, ä, ö too), digits, space, hyphen. */
    private static final Pattern KOMMUN = Pattern.compile("[\\p{L}0-9 \\-]{1,60}");

    private Kommunuppslag() {
    }

    /**
     * The kommun a path names; the name is read in Unicode's composed form (NFC), so "Nyköping" typed with a
     * combining diaeresis (NFD, as macOS file names and some keyboards give it) is the same kommun.
     */
    public static Kommun hitta(String namn, Normbok normbok) {
        String kommun = Normalizer.normalize(namn, Normalizer.Form.NFC);
        if (!KOMMUN.matcher(kommun).matches()) {
            throw Problems.ogiltigtVarde("kommun", kommun, "En kommun anges med id, kommunkod eller namn: bokstäver, "
                    + "siffror, mellanslag och bindestreck, högst 60 tecken.");
        }
        return normbok.kommun(kommun).orElseThrow(() -> Problems.okandKommun(kommun, normbok));
    }
}
