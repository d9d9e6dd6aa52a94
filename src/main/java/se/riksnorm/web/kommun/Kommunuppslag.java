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

    /** The kommun, whether its name comes composed (NFC) or decomposed (NFD, as some systems send å, ä, ö). */
    public static Kommun hitta(String kommun, Normbok normbok) {
        if (!KOMMUN.matcher(Normalizer.normalize(kommun, Normalizer.Form.NFC)).matches()) {
            throw Problems.ogiltigtVarde("kommun", kommun, "En kommun anges med id, kommunkod eller namn: bokstäver, "
                    + "siffror, mellanslag och bindestreck, högst 60 tecken.");
        }
        return normbok.kommun(kommun).orElseThrow(() -> Problems.okandKommun(kommun, normbok));
    }
}
