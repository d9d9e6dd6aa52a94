package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Arrays;

/**
 * An enum's constant names, to read a text value as the constant's own name where it is one: the parser's characters
 * are compared where they lie, so a role or a type on a batch line makes no string of its own, and {@link RequestParser}
 * finds the constant by that very string (some four strings a line, docs/adr/0129). Any other text is read as it is,
 * for {@link RequestParser} to accept or refuse as before.
 */
final class Konstantnamn {

    private final String[] namn;
    private final char[][] tecken;

    Konstantnamn(Class<? extends Enum<?>> typ) {
        this.namn = Arrays.stream(typ.getEnumConstants()).map(Enum::name).toArray(String[]::new);
        this.tecken = Arrays.stream(namn).map(String::toCharArray).toArray(char[][]::new);
    }

    /** The parser's current text value: the constant's name where it names one, else the text itself. */
    String las(JsonParser p) throws IOException {
        char[] text = p.getTextCharacters();
        int fran = p.getTextOffset();
        int langd = p.getTextLength();
        for (int i = 0; i < namn.length; i++) {
            char[] kandidat = tecken[i];
            // length and first letter first: most names differ there, and the array comparison is a call of its own
            if (kandidat.length == langd && langd > 0 && kandidat[0] == text[fran]
                    && Arrays.equals(kandidat, 0, langd, text, fran, fran + langd)) {
                return namn[i];
            }
        }
        return p.getText();
    }
}
