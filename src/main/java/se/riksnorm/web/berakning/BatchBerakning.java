package se.riksnorm.web.berakning;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/**
 * NDJSON in, NDJSON out: reads one household per line and writes one answer per line as it goes, so memory
 * stays flat whatever the number of lines. A line that cannot be read or calculated gets a problem with its
 * line number; the others are calculated regardless. The lines of a chunk are answered in parallel on every
 * core (the common fork-join pool) and written in their order (docs/adr/0031).
 */
@Singleton
class BatchBerakning {

    private static final Logger LOG = LoggerFactory.getLogger(BatchBerakning.class);
    /** Lines per chunk written to the connection: fewer, larger writes, still bounded memory. */
    private static final int RADER_PER_SKICK = 256;
    /** A line longer than this is not a household; it is refused without being parsed. */
    static final int STORSTA_RAD = 256 * 1024;

    private final Berakningar berakningar;
    private final JsonMapper json;
    private final Summeringsrad summeringsrad;

    BatchBerakning(Berakningar berakningar, JsonMapper json, Tjanstversion version) {
        this.berakningar = berakningar;
        this.json = json;
        this.summeringsrad = new Summeringsrad(version.version());
    }

    Publisher<byte[]> berakna(InputStream ndjson, boolean summering) {
        return Flux.generate(
                () -> new Lasare(new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8))),
                (lasare, sink) -> {
                    byte[] skick = lasare.nastaSkick(summering);
                    if (skick == null) {
                        sink.complete();
                    } else {
                        sink.next(skick);
                    }
                    return lasare;
                },
                Lasare::stang);
    }

    private final class Lasare {

        private final BufferedReader reader;
        private final ByteArrayOutputStream buffert = new ByteArrayOutputStream(64 * 1024);
        private long radnummer;

        Lasare(BufferedReader reader) {
            this.reader = reader;
        }

        /** The answers to the next lines, or {@code null} at the end of the input. */
        byte[] nastaSkick(boolean summering) {
            String[] rader = new String[RADER_PER_SKICK];
            long[] nummer = new long[RADER_PER_SKICK];
            int antal = 0;
            try {
                while (antal < RADER_PER_SKICK) {
                    String rad = reader.readLine();
                    if (rad == null) {
                        break;
                    }
                    radnummer++;
                    if (!rad.isBlank()) {
                        rader[antal] = rad;
                        nummer[antal++] = radnummer;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[][] svar = new byte[antal][];
            IntStream.range(0, antal).parallel().forEach(i -> svar[i] = svar(nummer[i], rader[i], summering));
            buffert.reset();
            for (byte[] rad : svar) {
                buffert.writeBytes(rad);
                buffert.write('\n');
            }
            return buffert.size() == 0 ? null : buffert.toByteArray();
        }

        private byte[] json(BatchRadResponse svar) {
            try {
                return json.writeValueAsBytes(svar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The line's answer as JSON: a summary line written directly (docs/adr/0124), anything else by the serializer. */
        private byte[] svar(long nummer, String rad, boolean summering) {
            Object svar = berakna(nummer, rad, summering);
            return svar instanceof Periodresultat resultat ? summeringsrad.skriv(nummer, resultat) : json((BatchRadResponse) svar);
        }

        /** The line's result as a summary to write, or its whole answer. */
        private Object berakna(long nummer, String rad, boolean summering) {
            if (rad.length() > STORSTA_RAD) {
                return new BatchRadResponse(nummer, null, new ProblemDetail(Problems.typ("for-stor-begaran"), "Raden är för lång",
                        413, "Rad " + nummer + " är längre än " + STORSTA_RAD + " tecken.", null, "rad", null, null));
            }
            ForsorjningsstodRequest request;
            try {
                request = json.readValue(rad, Argument.of(ForsorjningsstodRequest.class));
            } catch (IOException | RuntimeException e) {
                return new BatchRadResponse(nummer, null, new ProblemDetail(Problems.typ("felaktig-json"), "Felaktig JSON", 400,
                        "Rad " + nummer + " är inte ett JSON-objekt av rätt form: " + forsta(e.getMessage()), null, "rad", null, null));
            }
            try {
                Periodresultat resultat = berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request));
                return summering ? resultat : new BatchRadResponse(nummer, berakningar.svar(resultat), null);
            } catch (ProblemException e) {
                return new BatchRadResponse(nummer, null, e.problem());
            } catch (RuntimeException e) {
                String id = java.util.UUID.randomUUID().toString();
                LOG.error("Internt fel {} på batchrad {}", id, nummer, e);
                return new BatchRadResponse(nummer, null, new ProblemDetail(Problems.typ("internt-fel"), "Internt fel", 500,
                        "Ett oväntat fel inträffade på rad " + nummer + " och är loggat med id " + id + ".", null, null, null, null));
            }
        }

        void stang() {
            try {
                reader.close();
            } catch (IOException e) {
                LOG.debug("kunde inte stänga batchens indata", e);
            }
        }
    }

    private static String forsta(String meddelande) {
        if (meddelande == null) {
            return "okänt fel";
        }
        String rad = meddelande.lines().findFirst().orElse(meddelande);
        return rad.length() > 200 ? rad.substring(0, 200) + "…" : rad;
    }
}
