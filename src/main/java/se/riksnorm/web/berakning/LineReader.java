package se.riksnorm.web.berakning;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads NDJSON lines as bytes with a bound on each: a line longer than {@code storst} bytes is skipped to its end
 * without being kept, so one line of a gigabyte costs no more memory than one of the bound (BufferedReader's
 * readLine keeps a line whole, whatever its length). The bytes are not decoded here: the JSON parser reads UTF-8
 * itself, and decoding every line to a String only to encode it again was a sixth of a batch (docs/adr/0126).
 */
final class LineReader {

    /** One line: its bytes, or {@code null} where it was longer than the bound (then {@code langd} is how long). */
    record Rad(byte[] bytes, long langd) {

        boolean arTom() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int storst;
    private final byte[] buffert = new byte[64 * 1024];
    private int position;
    private int slut;
    /** The part of a line that ran over the end of the buffer, kept until its end is read (at most the bound). */
    private byte[] paborjad = new byte[0];
    private int paborjadLangd;

    LineReader(InputStream in, int storst) {
        this.in = in;
        this.storst = storst;
    }

    /** The next line without its line end (\n or \r\n), or {@code null} at the end of the input. */
    Rad nasta() throws IOException {
        long langd = 0;
        boolean last = false;
        paborjadLangd = 0;
        while (true) {
            if (position == slut) {
                slut = in.read(buffert, 0, buffert.length);
                position = 0;
                if (slut <= 0) {
                    slut = 0;
                    return last || langd > 0 ? avsluta(null, 0, 0, langd) : null;
                }
            }
            last = true;
            int start = position;
            while (position < slut && buffert[position] != '\n') {
                position++;
            }
            int antal = position - start;
            langd += antal;
            if (position < slut) {
                position++; // the \n
                return avsluta(buffert, start, antal, langd);
            }
            if (langd <= storst) {
                behall(start, antal);
            }
        }
    }

    /** Keeps a piece of a line that goes on in the next read. */
    private void behall(int start, int antal) {
        if (paborjadLangd + antal > paborjad.length) {
            paborjad = Arrays.copyOf(paborjad, Math.max(paborjadLangd + antal, 2 * paborjad.length));
        }
        System.arraycopy(buffert, start, paborjad, paborjadLangd, antal);
        paborjadLangd += antal;
    }

    /** The line: what was kept of it and its last piece in {@code bit}; {@code null} bytes where it is over the bound. */
    private Rad avsluta(byte[] bit, int start, int antal, long langd) {
        if (langd > storst) {
            paborjadLangd = 0;
            return new Rad(null, langd);
        }
        int hela = paborjadLangd + antal;
        if (hela > 0 && (antal > 0 ? bit[start + antal - 1] : paborjad[paborjadLangd - 1]) == '\r') {
            hela--; // \r\n
        }
        byte[] rad = new byte[hela];
        int fran = Math.min(paborjadLangd, hela);
        System.arraycopy(paborjad, 0, rad, 0, fran);
        if (hela > fran) {
            System.arraycopy(bit, start, rad, fran, hela - fran);
        }
        paborjadLangd = 0;
        if (paborjad.length > storst / 4) {
            paborjad = new byte[0]; // a long line's piece is not kept for the next
        }
        return new Rad(rad, langd);
    }
}
