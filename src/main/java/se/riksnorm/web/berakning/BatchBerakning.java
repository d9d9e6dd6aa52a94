package se.riksnorm.web.berakning;

import io.micronaut.core.type.Argument;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.app.berakning.Berakningsavslag;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.http.StriktJson;

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
    /** Lines of a chunk one core writes in a row: eight runs a chunk, enough to keep both cores busy to the end. */
    private static final int RADER_PER_DEL = 32;
    /** A line longer than this is not a household; it is refused without being kept or parsed. */
    static final int STORSTA_RAD = 256 * 1024;
    /** The bytes of the lines a chunk holds at most: one chunk's memory is bounded whatever its lines' length. */
    private static final int STORSTA_SKICK = 1024 * 1024;

    private static final Argument<ForsorjningsstodRequest> FORSORJNINGSSTOD = Argument.of(ForsorjningsstodRequest.class);

    private final BerakningService berakningar;
    private final JsonMapper json;
    private final StriktJson strikt;
    private final Summeringsrad summeringsrad;

    BatchBerakning(BerakningService berakningar, JsonMapper json, StriktJson strikt) {
        this.berakningar = berakningar;
        this.json = json;
        this.strikt = strikt;
        this.summeringsrad = new Summeringsrad(berakningar.version());
    }

    Publisher<byte[]> berakna(InputStream ndjson, boolean summering) {
        return Flux.generate(
                () -> new Lasare(new Radlasare(ndjson, STORSTA_RAD), ndjson),
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

        private final Radlasare reader;
        private final InputStream indata;
        private final Utbuffert[] utbuffertar = IntStream.range(0, (RADER_PER_SKICK + RADER_PER_DEL - 1) / RADER_PER_DEL)
                .mapToObj(d -> new Utbuffert()).toArray(Utbuffert[]::new);
        private long radnummer;
        private boolean slut;

        Lasare(Radlasare reader, InputStream indata) {
            this.reader = reader;
            this.indata = indata;
        }

        /** The answers to the next lines, or {@code null} at the end of the input. */
        byte[] nastaSkick(boolean summering) {
            byte[][] rader = new byte[RADER_PER_SKICK][];
            long[] nummer = new long[RADER_PER_SKICK];
            long[] langd = new long[RADER_PER_SKICK];
            int antal = 0;
            long bytes = 0;
            try {
                while (antal == 0 && !slut) {
                    while (antal < RADER_PER_SKICK && bytes < STORSTA_SKICK) {
                        Radlasare.Rad rad = reader.nasta();
                        if (rad == null) {
                            slut = true;
                            break;
                        }
                        radnummer++;
                        if (!rad.arTom()) {
                            rader[antal] = rad.bytes();
                            langd[antal] = rad.langd();
                            nummer[antal++] = radnummer;
                            bytes += rad.bytes() == null ? 0 : rad.bytes().length;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (antal == 0) {
                return null;
            }
            // contiguous runs of lines, each written into its own buffer on a core, then joined in order: no array per line
            int lasta = antal;
            int delar = (lasta + RADER_PER_DEL - 1) / RADER_PER_DEL;
            IntStream.range(0, delar).parallel().forEach(d -> {
                Utbuffert ut = utbuffertar[d];
                ut.reset();
                for (int i = d * RADER_PER_DEL; i < Math.min(lasta, (d + 1) * RADER_PER_DEL); i++) {
                    skriv(nummer[i], rader[i], langd[i], summering, ut);
                    ut.write('\n');
                }
            });
            int storlek = 0;
            for (int d = 0; d < delar; d++) {
                storlek += utbuffertar[d].size();
            }
            byte[] skick = new byte[storlek];
            int position = 0;
            for (int d = 0; d < delar; d++) {
                position = utbuffertar[d].kopieraTill(skick, position);
            }
            return skick;
        }

        private byte[] json(BatchRadResponse svar) {
            try {
                return json.writeValueAsBytes(svar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The line's answer as JSON onto {@code ut}: a summary line written directly (docs/adr/0124), anything else by the serializer. */
        private void skriv(long nummer, byte[] rad, long langd, boolean summering, Utbuffert ut) {
            Object svar = berakna(nummer, rad, langd, summering);
            if (svar instanceof Periodresultat resultat) {
                summeringsrad.skriv(nummer, resultat, ut);
            } else {
                ut.writeBytes(json((BatchRadResponse) svar));
            }
        }

        /** The line's result as a summary to write, or its whole answer. */
        private Object berakna(long nummer, byte[] rad, long langd, boolean summering) {
            if (rad == null) {
                return new BatchRadResponse(nummer, null, ProblemDetail.av(Problemtyp.FOR_STOR_BEGARAN,
                        "Rad " + nummer + " är " + langd + " byte, längre än de " + STORSTA_RAD + " en rad får ha.", "rad", null));
            }
            ForsorjningsstodRequest request = ForsorjningsstodJson.las(rad);
            try {
                if (request == null) {
                    request = strikt.las(rad, FORSORJNINGSSTOD);
                }
            } catch (ProblemException e) {
                // the strict reader's own problem (ogiltig-json, ogiltigt-varde), as a single request would get it
                ProblemDetail fel = e.problem();
                return new BatchRadResponse(nummer, null, fel.med("Rad " + nummer + ": " + fel.detail(),
                        fel.falt() == null ? "rad" : fel.falt()));
            }
            if (request == null) {
                return new BatchRadResponse(nummer, null, ProblemDetail.av(Problemtyp.OGILTIGT_VARDE,
                        "Rad " + nummer + " är null, inte ett hushåll.", "rad", null));
            }
            try {
                Periodresultat resultat = berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request));
                return summering ? resultat : new BatchRadResponse(nummer, BerakningResponses.svar(resultat, berakningar.version()), null);
            } catch (Berakningsavslag e) {
                return new BatchRadResponse(nummer, null, BerakningProblems.avvisad(e.fel()).problem());
            } catch (ProblemException e) {
                return new BatchRadResponse(nummer, null, e.problem());
            } catch (RuntimeException e) {
                String id = java.util.UUID.randomUUID().toString();
                LOG.error("Internt fel {} på batchrad {}", id, nummer, e);
                return new BatchRadResponse(nummer, null, ProblemDetail.av(Problemtyp.INTERNT_FEL,
                        "Ett oväntat fel inträffade på rad " + nummer + " och är loggat med id " + id + ".", null, null));
            }
        }

        void stang() {
            try {
                indata.close();
            } catch (IOException e) {
                LOG.debug("kunde inte stänga batchens indata", e);
            }
        }
    }

    /** A run's answers, reused chunk after chunk, copied into the chunk without a copy of its own. */
    private static final class Utbuffert extends ByteArrayOutputStream {

        Utbuffert() {
            super(32 * 1024);
        }

        /** Copies the bytes to {@code mal} from {@code position}; answers the position after them. */
        int kopieraTill(byte[] mal, int position) {
            System.arraycopy(buf, 0, mal, position, count);
            return position + count;
        }
    }
}
