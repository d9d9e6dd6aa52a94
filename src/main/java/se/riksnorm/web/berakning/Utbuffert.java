package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of a chunk's answer lines, in one array reused chunk after chunk. A summary line is appended here piece by
 * piece (docs/adr/0130): without a lock per write (as {@code ByteArrayOutputStream}'s), and a whole number in Jackson's
 * own digits, so the line is what its generator would have written.
 */
final class Utbuffert extends OutputStream {

    /** The most bytes a {@code long} takes in decimal: {@code -9223372036854775808}. */
    private static final int LANGSTA_TAL = 20;

    private byte[] buf;
    private int antal;
    private JsonGenerator generator;

    Utbuffert(int storlek) {
        buf = new byte[storlek];
    }

    @Override
    public void write(int b) {
        plats(1);
        buf[antal++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int fran, int langd) {
        plats(langd);
        System.arraycopy(b, fran, buf, antal, langd);
        antal += langd;
    }

    void skriv(byte[] b) {
        write(b, 0, b.length);
    }

    /** A whole number as JSON writes it. */
    void tal(long tal) {
        plats(LANGSTA_TAL);
        antal = NumberOutput.outputLong(tal, buf, antal);
    }

    /** A generator onto this buffer, made once: flushed after each value, so its bytes land in their place. */
    JsonGenerator generator(JsonFactory fabrik) throws IOException {
        if (generator == null) {
            generator = fabrik.createGenerator(this);
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /**
     * Empty, for the next chunk. The generator lives as long as the buffer (the thread's), so one left inside a value by
     * a failure is dropped here, and the next chunk's texts get a generator of their own.
     */
    void reset() {
        antal = 0;
        if (generator != null && !generator.getOutputContext().inRoot()) {
            generator = null;
        }
    }

    int size() {
        return antal;
    }

    int kapacitet() {
        return buf.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, antal);
    }

    private void plats(int behov) {
        if (behov > buf.length - antal) {
            buf = Arrays.copyOf(buf, Math.max(Math.addExact(antal, behov), buf.length * 2));
        }
    }
}
