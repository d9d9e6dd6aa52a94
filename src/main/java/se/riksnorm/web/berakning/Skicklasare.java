package se.riksnorm.web.berakning;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Reads NDJSON a chunk of lines at a time, straight into one buffer per chunk, and notes where each line begins and ends:
 * a line is read where it lies, never copied into an array of its own (a million lines were a million arrays, a
 * fourteenth of what a batch allocated, and their copying a third of the reading thread's time, docs/adr/0129). The
 * buffers are handed back when their chunk is answered and read into again, so the batch's input costs a few buffers
 * whatever its length. A line longer than {@code storst} bytes is skipped to its end without being kept (its length is
 * told); a line of only blanks is counted and left out. The bytes are not decoded here: the JSON parser reads UTF-8.
 */
final class Skicklasare {

    /**
     * The lines of one chunk, in their order: line {@code i} is {@code bytes[fran[i] .. fran[i] + langd[i])}, number
     * {@code nummer[i]} in the input, or where {@code overlang[i]} is not 0 a line of that many bytes that was not kept.
     */
    static final class Skick {

        final byte[] bytes;
        final int[] fran;
        final int[] langd;
        final long[] nummer;
        final long[] overlang;
        int antal;
        /** The end of the chunk's lines in {@code bytes}. */
        int slut;

        /** Line {@code i} comes right after line {@code i − 1}, kept: nothing but a line end between them. */
        boolean iFoljd(int i) {
            return i > 0 && nummer[i] == nummer[i - 1] + 1 && overlang[i - 1] == 0;
        }

        private Skick(byte[] bytes, int rader) {
            this.bytes = bytes;
            this.fran = new int[rader];
            this.langd = new int[rader];
            this.nummer = new long[rader];
            this.overlang = new long[rader];
        }
    }

    /** Eight bytes read as one number, to find the line ends eight at a time. */
    private static final VarHandle ORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ETTOR = 0x0101010101010101L;
    private static final long HOGSTA = 0x8080808080808080L;
    private static final long RADSLUT = ETTOR * '\n';
    /** What a chunk's buffer holds at first: some 400 batch lines of the usual length; it grows for longer ones. */
    private static final int FORSTA_STORLEK = 256 * 1024;

    private final InputStream in;
    private final int forstaStorlek;
    private final int storst;
    private final int raderPerSkick;
    private final int bytesPerSkick;
    /** The buffers of answered chunks, to be read into again; at most as many as may be in flight. */
    private final ArrayBlockingQueue<byte[]> lediga;
    /** The beginning of a line that ran over the end of the last chunk's bytes, kept until its end is read. */
    private byte[] rest = new byte[0];
    private int restLangd;
    /** The length so far of a line being skipped because it is over the bound, or −1. */
    private long hoppar = -1;
    private long radnummer;
    private boolean slut;

    /**
     * @param storst        the most bytes a line may have to be kept
     * @param raderPerSkick the most lines in a chunk
     * @param bytesPerSkick a chunk ends at the first line that ends past this many bytes
     * @param iOmlopp       the most chunks handed out and not yet handed back
     */
    Skicklasare(InputStream in, int storst, int raderPerSkick, int bytesPerSkick, int iOmlopp) {
        this(in, storst, raderPerSkick, bytesPerSkick, iOmlopp, FORSTA_STORLEK);
    }

    /** @param forstaStorlek what a chunk's buffer holds at first (small in a test, to make it grow) */
    Skicklasare(InputStream in, int storst, int raderPerSkick, int bytesPerSkick, int iOmlopp, int forstaStorlek) {
        this.in = in;
        this.forstaStorlek = forstaStorlek;
        this.storst = storst;
        this.raderPerSkick = raderPerSkick;
        this.bytesPerSkick = bytesPerSkick;
        this.lediga = new ArrayBlockingQueue<>(iOmlopp + 1);
    }

    /** The next lines, at least one, or {@code null} at the end of the input. */
    Skick nasta() throws IOException {
        while (!slut) {
            Skick skick = lasSkick();
            if (skick.antal > 0) {
                return skick;
            }
            lamnaTillbaka(skick); // blank lines only
        }
        return null;
    }

    /** The chunk's buffer is no longer read: the next chunk may be read into it. */
    void lamnaTillbaka(Skick skick) {
        lediga.offer(skick.bytes);
    }

    private Skick lasSkick() throws IOException {
        byte[] bytes = lediga.poll();
        if (bytes == null || bytes.length < restLangd) {
            bytes = new byte[Math.max(forstaStorlek, restLangd)];
        }
        Skick skick = new Skick(bytes, raderPerSkick);
        System.arraycopy(rest, 0, bytes, 0, restLangd);
        int fylld = restLangd;
        int radstart = 0;
        int skannad = 0;
        while (true) {
            int radslut = radslut(skick.bytes, skannad, fylld);
            if (radslut >= 0) {
                radstart = radKlar(skick, radstart, radslut);
                skannad = radstart;
                if (skick.antal == raderPerSkick || radstart >= bytesPerSkick) {
                    spara(skick.bytes, radstart, fylld);
                    skick.slut = radstart;
                    return skick;
                }
                continue;
            }
            if (hoppar < 0 && fylld - radstart > storst) {
                hoppar = 0;
            }
            if (hoppar >= 0) { // a line over the bound: what is read of it is counted and dropped
                hoppar += fylld - radstart;
                fylld = radstart;
            }
            skannad = fylld;
            if (fylld == skick.bytes.length) {
                skick = storre(skick, bytesPerSkick + storst + 1);
            }
            int last = in.read(skick.bytes, fylld, skick.bytes.length - fylld);
            if (last < 0) {
                slut = true;
                if (fylld > radstart || hoppar >= 0) {
                    radKlar(skick, radstart, fylld); // the last line, without a line end
                }
                restLangd = 0;
                skick.slut = fylld;
                return skick;
            }
            fylld += last;
        }
    }

    /** Notes the line that ends at {@code radslut} (its \n, or the end of the input) and answers where the next begins. */
    private int radKlar(Skick skick, int radstart, int radslut) {
        radnummer++;
        int i = skick.antal;
        long overlang = hoppar >= 0 ? hoppar + radslut - radstart : radslut - radstart > storst ? radslut - radstart : 0;
        hoppar = -1;
        if (overlang > 0) {
            skick.overlang[i] = overlang;
            skick.nummer[i] = radnummer;
            skick.antal++;
            return radslut + 1;
        }
        int langd = radslut - radstart;
        if (langd > 0 && skick.bytes[radslut - 1] == '\r') {
            langd--; // \r\n
        }
        if (!blank(skick.bytes, radstart, langd)) {
            skick.fran[i] = radstart;
            skick.langd[i] = langd;
            skick.overlang[i] = 0;
            skick.nummer[i] = radnummer;
            skick.antal++;
        }
        return radslut + 1;
    }

    /** Keeps the beginning of the next line, read into this chunk's buffer, for the next chunk. */
    private void spara(byte[] bytes, int fran, int till) {
        restLangd = till - fran;
        if (rest.length < restLangd) {
            rest = new byte[Math.max(restLangd, 2 * rest.length)];
        }
        System.arraycopy(bytes, fran, rest, 0, restLangd);
        if (rest.length > storst / 4 && restLangd < storst / 4) {
            rest = Arrays.copyOf(rest, restLangd); // a long line's beginning is not kept for good
        }
    }

    /**
     * The same lines in a buffer twice as large (a chunk of long lines, or one long line), up to {@code hogst}: the most a
     * chunk can need, since one ends at the first line that ends past {@code bytesPerSkick} and a line over the bound
     * is not kept.
     */
    private static Skick storre(Skick skick, int hogst) {
        int storlek = Math.max(skick.bytes.length + 1, Math.min(2 * skick.bytes.length, hogst));
        Skick storre = new Skick(Arrays.copyOf(skick.bytes, storlek), skick.fran.length);
        System.arraycopy(skick.fran, 0, storre.fran, 0, skick.antal);
        System.arraycopy(skick.langd, 0, storre.langd, 0, skick.antal);
        System.arraycopy(skick.nummer, 0, storre.nummer, 0, skick.antal);
        System.arraycopy(skick.overlang, 0, storre.overlang, 0, skick.antal);
        storre.antal = skick.antal;
        storre.slut = skick.slut;
        return storre;
    }

    /**
     * Where the first \n from {@code fran} up to {@code till} is, or −1. Eight bytes at a time: a byte of the word XOR
     * eight \n is zero where the byte is a \n, and the classic test for a zero byte (subtract one from each, keep the
     * high bits the original did not have) marks the first such byte exactly (a false mark can only follow a true one).
     */
    static int radslut(byte[] bytes, int fran, int till) {
        int i = fran;
        for (; i + Long.BYTES <= till; i += Long.BYTES) {
            long ord = (long) ORD.get(bytes, i) ^ RADSLUT;
            long noll = (ord - ETTOR) & ~ord & HOGSTA;
            if (noll != 0) {
                return i + (Long.numberOfTrailingZeros(noll) >>> 3);
            }
        }
        for (; i < till; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] bytes, int fran, int langd) {
        for (int i = fran; i < fran + langd; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
