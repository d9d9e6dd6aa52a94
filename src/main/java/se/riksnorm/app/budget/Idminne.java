package se.riksnorm.app.budget;

import java.nio.charset.StandardCharsets;

/**
 * The households already read, as 64-bit hashes in an open-addressed table: 16 bytes per household at most, so a
 * million ids take 16 MiB where the strings would take ten times that. Two different ids share a hash with a
 * probability of about n² / 2^65 (10^-8 for a million): then the later household is refused as a repeat, never
 * counted wrong.
 */
final class Idminne {

    private final int storsta;
    private long[] tabell = new long[1024];
    private int antal;
    private boolean nollSedd;

    Idminne(int storsta) {
        this.storsta = storsta;
    }

    /** Adds the id; {@code false} if it was already there. Past the bound the upload is refused. */
    boolean lagg(String id) {
        long h = hash(id);
        if (h == 0) {
            if (nollSedd) {
                return false;
            }
            nollSedd = true;
            return true;
        }
        int mask = tabell.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (tabell[i] != 0) {
            if (tabell[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        tabell[i] = h;
        if (++antal > storsta) {
            throw new Underlagsvagran(Underlagsvagran.Orsak.FOR_STORT, null, null, "Underlaget har fler än " + storsta + " hushåll.");
        }
        if (antal * 2 > tabell.length) {
            vaxa();
        }
        return true;
    }

    private void vaxa() {
        long[] gammal = tabell;
        tabell = new long[gammal.length * 2];
        int mask = tabell.length - 1;
        for (long h : gammal) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (tabell[i] != 0) {
                    i = (i + 1) & mask;
                }
                tabell[i] = h;
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, mixed: spreads ids that differ in their last characters. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
