package se.riksnorm.web.berakning;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads NDJSON lines with a bound on each: a line longer than {@code storst} characters is skipped to its end
 * without being kept, so one line of a gigabyte costs no more memory than one of the bound (BufferedReader's
 * readLine keeps a line whole, whatever its length).
 */
final class Radlasare {

    /** One line: its text, or {@code null} where it was longer than the bound (then {@code langd} is how long). */
    record Rad(String text, long langd) {
    }

    private final Reader reader;
    private final int storst;
    private final char[] buffert = new char[8192];
    private int position;
    private int slut;

    Radlasare(Reader reader, int storst) {
        this.reader = reader;
        this.storst = storst;
    }

    /** The next line without its line end (\n or \r\n), or {@code null} at the end of the input. */
    Rad nasta() throws IOException {
        StringBuilder rad = new StringBuilder();
        long langd = 0;
        boolean last = false;
        while (true) {
            if (position == slut) {
                slut = reader.read(buffert, 0, buffert.length);
                position = 0;
                if (slut <= 0) {
                    slut = 0;
                    return last || langd > 0 ? avsluta(rad, langd) : null;
                }
            }
            last = true;
            int start = position;
            while (position < slut && buffert[position] != '\n') {
                position++;
            }
            int antal = position - start;
            if (langd + antal <= storst) {
                rad.append(buffert, start, antal);
            } else if (rad.length() > 0) {
                rad.setLength(0); // over the bound: not kept
                rad.trimToSize();
            }
            langd += antal;
            if (position < slut) {
                position++; // the \n
                return avsluta(rad, langd);
            }
        }
    }

    private Rad avsluta(StringBuilder rad, long langd) {
        if (langd > storst) {
            return new Rad(null, langd);
        }
        int l = rad.length();
        return new Rad(l > 0 && rad.charAt(l - 1) == '\r' ? rad.substring(0, l - 1) : rad.toString(), langd);
    }
}
