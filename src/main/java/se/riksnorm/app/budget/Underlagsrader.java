package se.riksnorm.app.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An upload read line by line in UTF-8 with bounded memory: a line longer than its bound is skipped to its end and
 * reported as too long (never held), the whole upload is refused past its byte bound, and a leading byte-order mark is
 * dropped. Lines end in LF or CRLF.
 */
public final class Underlagsrader {

    /** What {@link #nasta()} returns for a line over the bound; its text is not kept. */
    public static final String FOR_LANG = new String("\u0000för lång\u0000");

    private final InputStream in;
    private final int storstaRad;
    private final long storstaFil;
    private final byte[] buffert = new byte[64 * 1024];
    private int pos;
    private int slut;
    private long lastaByte;
    private long radnummer;
    private byte[] rad = new byte[256];
    private boolean forsta = true;

    public Underlagsrader(InputStream in, int storstaRad, long storstaFil) {
        this.in = in;
        this.storstaRad = storstaRad;
        this.storstaFil = storstaFil;
    }

    /** The next line without its line end, {@link #FOR_LANG}, or {@code null} at the end. */
    public String nasta() {
        int langd = 0;
        boolean forLang = false;
        boolean nagot = false;
        while (true) {
            if (pos == slut && !fyll()) {
                if (!nagot) {
                    return null;
                }
                break;
            }
            nagot = true;
            byte b = buffert[pos++];
            if (b == '\n') {
                break;
            }
            if (forLang) {
                continue;
            }
            if (langd == storstaRad) {
                forLang = true;
                continue;
            }
            if (langd == rad.length) {
                rad = java.util.Arrays.copyOf(rad, Math.min(storstaRad, rad.length * 2));
            }
            rad[langd++] = b;
        }
        radnummer++;
        if (forLang) {
            return FOR_LANG;
        }
        if (langd > 0 && rad[langd - 1] == '\r') {
            langd--;
        }
        int start = 0;
        if (forsta) {
            forsta = false;
            if (langd >= 3 && rad[0] == (byte) 0xEF && rad[1] == (byte) 0xBB && rad[2] == (byte) 0xBF) {
                start = 3;
            }
        }
        return new String(rad, start, langd - start, StandardCharsets.UTF_8);
    }

    /** The number of the line last returned, from 1. */
    public long radnummer() {
        return radnummer;
    }

    private boolean fyll() {
        try {
            int n = in.read(buffert, 0, buffert.length);
            if (n <= 0) {
                return false;
            }
            lastaByte += n;
            if (lastaByte > storstaFil) {
                throw new Underlagsvagran(Underlagsvagran.Orsak.FOR_STORT, null, null, "Underlaget är större än "
                        + storstaFil / (1024 * 1024) + " MiB. Dela det, eller räkna en del av hushållen i taget.");
            }
            pos = 0;
            slut = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stang() {
        try {
            in.close();
        } catch (IOException e) {
            // the upload is read to its end or abandoned; closing it cannot change the answer
        }
    }
}
