package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The summary line's buffer: whole numbers in Java's own digits, bytes in order, grown as needed. */
class UtbuffertTest {

    @Test
    void taletSomJavaSkriverDet() {
        long[] kanter = {0, 1, -1, 9, 10, 99, 100, 999_999, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE,
            (long) Integer.MAX_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        SplittableRandom slump = new SplittableRandom(7);
        Utbuffert ut = new Utbuffert(1); // grows from one byte
        StringBuilder forvantat = new StringBuilder();
        for (int i = 0; i < kanter.length + 20_000; i++) {
            long tal = i < kanter.length ? kanter[i] : slump.nextLong() >> slump.nextInt(64);
            ut.tal(tal);
            ut.write(',');
            forvantat.append(tal).append(',');
        }
        assertThat(new String(ut.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo(forvantat.toString());
        assertThat(ut.size()).isEqualTo(forvantat.length());
    }

    @Test
    void bytesIOrdningOchTomEfterReset() {
        Utbuffert ut = new Utbuffert(4);
        ut.skriv("{\"rad\":".getBytes(StandardCharsets.UTF_8));
        ut.tal(12);
        ut.write("}xyz".getBytes(StandardCharsets.UTF_8), 0, 1);
        assertThat(new String(ut.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"rad\":12}");
        ut.reset();
        assertThat(ut.toByteArray()).isEmpty();
        ut.write('ö' >> 6 | 0xC0);
        ut.write('ö' & 0x3F | 0x80);
        assertThat(new String(ut.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("ö");
    }

    /** A generator left inside a value (a failure broke it off) is not used for the next chunk's texts. */
    @Test
    void avbrutenGeneratorByts() throws Exception {
        JsonFactory fabrik = new JsonFactory();
        Utbuffert ut = new Utbuffert(16);
        JsonGenerator avbruten = ut.generator(fabrik);
        avbruten.writeStartObject();
        avbruten.writeFieldName("kod");
        ut.reset();
        JsonGenerator ny = ut.generator(fabrik);
        assertThat(ny).isNotSameAs(avbruten);
        ny.writeStartObject();
        ny.writeStringField("kod", "OVERSKOTT");
        ny.writeEndObject();
        ny.flush();
        assertThat(new String(ut.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"kod\":\"OVERSKOTT\"}");
        ut.reset();
        assertThat(ut.generator(fabrik)).as("a generator at rest is kept").isSameAs(ny);
    }
}
