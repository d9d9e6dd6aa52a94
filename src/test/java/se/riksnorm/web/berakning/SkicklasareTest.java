package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chunk reader against the plainest reading of NDJSON there is (split the bytes at each \n), over inputs made to hit
 * every edge: lines over the bound, \r\n, blank lines, a last line without \n, reads that stop anywhere, chunks full by
 * lines or by bytes, buffers that grow, handed back and read into again.
 */
class SkicklasareTest {

    /** What a line read is: its number, and its text or the length of a line over the bound. */
    private record Lest(long nummer, String text, long overlang) {
    }

    @Test
    void lasesSomOmBytenDeladesVidVarjeRadslut() throws IOException {
        Random slump = new Random(20261207);
        for (int fall = 0; fall < 3000; fall++) {
            byte[] indata = indata(slump);
            int storst = 1 + slump.nextInt(12);
            int raderPerSkick = 1 + slump.nextInt(4);
            int bytesPerSkick = 1 + slump.nextInt(40);
            List<Lest> lasta = lasIBitar(indata, storst, raderPerSkick, bytesPerSkick, slump);
            assertThat(lasta).as("fall %d: %s", fall, Arrays.toString(indata)).isEqualTo(delat(indata, storst));
        }
    }

    @Test
    void enRadPaGransenBehallsOchEnByteTillBerattasMedSinLangd() throws IOException {
        byte[] indata = "{\"a\":1}\n{\"ab\":1}\r\n\n   \n{\"b\":22}".getBytes(StandardCharsets.UTF_8);
        assertThat(lasIBitar(indata, 7, 256, 1 << 20, new Random(1))).containsExactly(
                new Lest(1, "{\"a\":1}", 0),
                new Lest(2, null, 9), // 8 bytes and \r: over 7
                new Lest(5, null, 8));
    }

    @Test
    void tomIndataGerIngetSkick() throws IOException {
        assertThat(lasIBitar(new byte[0], 10, 4, 100, new Random(1))).isEmpty();
        assertThat(lasIBitar("\n\r\n \n".getBytes(StandardCharsets.UTF_8), 10, 4, 100, new Random(1))).isEmpty();
    }

    @Test
    void radslutHittasAttaBytesAtGangenSomEnOchEn() {
        Random slump = new Random(7);
        byte[] nara = {'\n', '\n' ^ (byte) 0x80, '\n' + 1, '\n' - 1, 0, (byte) 0xFF, (byte) 0x8A, 0x0B, '{'};
        for (int fall = 0; fall < 20000; fall++) {
            byte[] bytes = new byte[slump.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = slump.nextInt(6) == 0 ? nara[slump.nextInt(nara.length)] : (byte) slump.nextInt(256);
            }
            int fran = bytes.length == 0 ? 0 : slump.nextInt(bytes.length);
            int till = fran + slump.nextInt(bytes.length - fran + 1);
            assertThat(Skicklasare.radslut(bytes, fran, till)).as(Arrays.toString(bytes) + " " + fran + ".." + till)
                    .isEqualTo(enOchEn(bytes, fran, till));
        }
    }

    private static int enOchEn(byte[] bytes, int fran, int till) {
        for (int i = fran; i < till; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Lines of a few bytes from a small alphabet, blank ones, \r, long ones, with or without a last \n. */
    private static byte[] indata(Random slump) {
        StringBuilder text = new StringBuilder();
        int rader = slump.nextInt(12);
        for (int r = 0; r < rader; r++) {
            int langd = slump.nextInt(5) == 0 ? slump.nextInt(40) : slump.nextInt(10);
            for (int i = 0; i < langd; i++) {
                text.append(" \r\tab{}\"é".charAt(slump.nextInt(9)));
            }
            if (r < rader - 1 || slump.nextBoolean()) {
                text.append(slump.nextBoolean() ? "\n" : "\r\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads as the batch does, through a stream that hands over a few bytes at a time; each chunk handed back once read. */
    private static List<Lest> lasIBitar(byte[] indata, int storst, int raderPerSkick, int bytesPerSkick, Random slump)
            throws IOException {
        InputStream bitvis = new ByteArrayInputStream(indata) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + slump.nextInt(9)));
            }
        };
        int forsta = 1 + slump.nextInt(16);
        Skicklasare lasare = new Skicklasare(bitvis, storst, raderPerSkick, bytesPerSkick, 2, forsta);
        List<Lest> lasta = new ArrayList<>();
        for (Skicklasare.Skick skick = lasare.nasta(); skick != null; skick = lasare.nasta()) {
            assertThat(skick.antal).isBetween(1, raderPerSkick);
            assertThat(skick.bytes.length).isLessThanOrEqualTo(Math.max(forsta, bytesPerSkick + storst + 1));
            for (int i = 0; i < skick.antal; i++) {
                if (i > 0 && skick.overlang[i - 1] == 0 && skick.overlang[i] == 0) {
                    String mellan = new String(skick.bytes, skick.fran[i - 1] + skick.langd[i - 1],
                            skick.fran[i] - skick.fran[i - 1] - skick.langd[i - 1], StandardCharsets.UTF_8);
                    assertThat(skick.iFoljd(i)).as("mellan rad %d och %d: '%s'", i - 1, i, mellan)
                            .isEqualTo(mellan.equals("\n") || mellan.equals("\r\n"));
                }
                lasta.add(skick.overlang[i] > 0 ? new Lest(skick.nummer[i], null, skick.overlang[i])
                        : new Lest(skick.nummer[i], new String(skick.bytes, skick.fran[i], skick.langd[i], StandardCharsets.UTF_8), 0));
            }
            Arrays.fill(skick.bytes, (byte) '#'); // a chunk handed back is written over: nothing may be read from it again
            lasare.lamnaTillbaka(skick);
        }
        return lasta;
    }

    /** The plainest reading: split at each \n; a line over the bound by its length; \r\n as \n; blank lines left out. */
    private static List<Lest> delat(byte[] indata, int storst) {
        List<Lest> lasta = new ArrayList<>();
        int start = 0;
        long nummer = 0;
        for (int i = 0; i <= indata.length; i++) {
            if (i < indata.length && indata[i] != '\n') {
                continue;
            }
            if (i == indata.length && start == indata.length) {
                break; // nothing after the last \n
            }
            nummer++;
            int langd = i - start;
            if (langd > storst) {
                lasta.add(new Lest(nummer, null, langd));
            } else {
                String text = new String(indata, start, langd, StandardCharsets.UTF_8);
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (!text.replace(" ", "").replace("\t", "").replace("\r", "").isEmpty()) {
                    lasta.add(new Lest(nummer, text, 0));
                }
            }
            start = i + 1;
        }
        return lasta;
    }
}
