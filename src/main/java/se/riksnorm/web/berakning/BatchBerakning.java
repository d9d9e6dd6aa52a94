package se.riksnorm.web.berakning;

import io.micronaut.core.type.Argument;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.app.berakning.Berakningsavslag;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Redovisning;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.http.StriktJson;

/**
 * NDJSON in, NDJSON out: reads one household per line and writes one answer per line as it goes, so memory
 * stays flat whatever the number of lines. A line that cannot be read or calculated gets a problem with its
 * line number; the others are calculated regardless. Chunks of lines are answered on every core while the next are
 * read, and written in their order (docs/adr/0031, 0127).
 */
@Singleton
class BatchBerakning {

    private static final Logger LOG = LoggerFactory.getLogger(BatchBerakning.class);
    /** Lines per chunk written to the connection: fewer, larger writes, still bounded memory. */
    static final int RADER_PER_SKICK = 256;
    /**
     * Chunks of one batch being answered at once: four per core, so every core has the next chunks while the oldest waits
     * to be written in its turn (two per core left a core idle now and then: 5.9–6.5 s against 5.4–6.0 s for a million
     * summary lines, docs/adr/0128), and memory stays bounded by a few chunks of at most a megabyte.
     */
    private static final int SKICK_SAMTIDIGT = 4 * Runtime.getRuntime().availableProcessors();
    /** A line longer than this is not a household; it is refused without being kept or parsed. */
    static final int STORSTA_RAD = 256 * 1024;
    /** The bytes of the lines a chunk holds at most: one chunk's memory is bounded whatever its lines' length. */
    static final int STORSTA_SKICK = 1024 * 1024;
    /** A thread keeps its buffer up to this size: enough for a chunk of summary lines or of ordinary full answers. */
    private static final int STORSTA_BEHALLNA_BUFFERT = 4 * 1024 * 1024;

    private static final Argument<ForsorjningsstodRequest> FORSORJNINGSSTOD = Argument.of(ForsorjningsstodRequest.class);

    private final BerakningService berakningar;
    private final JsonMapper json;
    private final StriktJson strikt;
    private final Summeringsrad summeringsrad;
    /**
     * The threads that answer the chunks, one per core, shared by every batch: the reading thread waits for the client's
     * bytes and does not calculate, and a batch has at most {@link #SKICK_SAMTIDIGT} chunks here (docs/adr/0127).
     */
    private final ExecutorService raknare = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), uppgift -> {
        Thread trad = new Thread(uppgift, "batch-berakning");
        trad.setDaemon(true);
        return trad;
    });
    private final ThreadLocal<Utbuffert> utbuffert = ThreadLocal.withInitial(() -> new Utbuffert(RADER_PER_SKICK * 1024));

    BatchBerakning(BerakningService berakningar, JsonMapper json, StriktJson strikt) {
        this.berakningar = berakningar;
        this.json = json;
        this.strikt = strikt;
        this.summeringsrad = new Summeringsrad(berakningar.version());
    }

    Publisher<byte[]> berakna(InputStream ndjson, boolean summering) {
        return Flux.generate(
                () -> new Lasare(new Skicklasare(ndjson, STORSTA_RAD, RADER_PER_SKICK, STORSTA_SKICK, SKICK_SAMTIDIGT), ndjson,
                        summering),
                (lasare, sink) -> {
                    byte[] skick = lasare.nastaSkick();
                    if (skick == null) {
                        sink.complete();
                    } else {
                        sink.next(skick);
                    }
                    return lasare;
                },
                Lasare::stang);
    }

    /** The chunks already handed over are answered; the threads end after them (the service stops gracefully first). */
    @PreDestroy
    void stang() {
        raknare.shutdown();
    }

    private final class Lasare {

        private final Skicklasare reader;
        private final InputStream indata;
        private final boolean summering;
        /** The chunks being answered, oldest first: written in this order, whichever is done first. */
        private final ArrayDeque<Future<byte[]>> pagaende = new ArrayDeque<>(SKICK_SAMTIDIGT);
        private boolean slut;

        Lasare(Skicklasare reader, InputStream indata, boolean summering) {
            this.reader = reader;
            this.indata = indata;
            this.summering = summering;
        }

        /**
         * The answers to the next chunk, or {@code null} at the end of the input. Reads ahead while the chunks before are
         * answered, so the reading (which waits for the client's bytes) and the calculating overlap.
         */
        byte[] nastaSkick() {
            while (pagaende.size() < SKICK_SAMTIDIGT && !slut) {
                Skicklasare.Skick skick = lasSkick();
                if (skick == null) {
                    slut = true;
                } else {
                    pagaende.add(raknare.submit(() -> svara(skick)));
                }
            }
            Future<byte[]> forsta = pagaende.poll();
            if (forsta == null) {
                return null;
            }
            try {
                return forsta.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("batchen avbröts", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException fel ? fel : new IllegalStateException(e.getCause());
            }
        }

        private Skicklasare.Skick lasSkick() {
            try {
                return reader.nasta();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A chunk's answers, one line each, written into the answering thread's buffer and copied out once. */
        private byte[] svara(Skicklasare.Skick skick) {
            Utbuffert ut = utbuffert.get();
            ut.reset();
            try (ForsorjningsstodJson.Skickparser tolk = new ForsorjningsstodJson.Skickparser(skick.bytes, skick.slut)) {
                for (int i = 0; i < skick.antal; i++) {
                    Object svar = berakna(skick, i, tolk);
                    if (svar instanceof Periodresultat resultat) {
                        summeringsrad.skriv(skick.nummer[i], resultat, ut);
                    } else {
                        ut.skriv(json((BatchRadResponse) svar)); // a line the serializer writes (docs/adr/0124)
                    }
                    ut.write('\n');
                }
            } finally {
                reader.lamnaTillbaka(skick);
            }
            byte[] svar = ut.toByteArray();
            if (ut.kapacitet() > STORSTA_BEHALLNA_BUFFERT) {
                utbuffert.remove(); // a chunk of large full answers does not keep its buffer on the thread for good
            }
            return svar;
        }

        private byte[] json(BatchRadResponse svar) {
            try {
                return json.writeValueAsBytes(svar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The line's result as a summary to write, or its whole answer. */
        private Object berakna(Skicklasare.Skick skick, int i, ForsorjningsstodJson.Skickparser tolk) {
            long nummer = skick.nummer[i];
            if (skick.overlang[i] > 0) {
                return new BatchRadResponse(nummer, null, ProblemDetail.av(Problemtyp.FOR_STOR_BEGARAN,
                        "Rad " + nummer + " är " + skick.overlang[i] + " byte, längre än de " + STORSTA_RAD + " en rad får ha.", "rad",
                        null));
            }
            int fran = skick.fran[i];
            int langd = skick.langd[i];
            ForsorjningsstodRequest request = tolk.las(fran, langd, skick.iFoljd(i));
            try {
                if (request == null) {
                    request = strikt.las(Arrays.copyOfRange(skick.bytes, fran, fran + langd), FORSORJNINGSSTOD);
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
                Periodresultat resultat = berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request),
                        summering ? Redovisning.SUMMERING : Redovisning.MED_RADER);
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
            pagaende.forEach(skick -> skick.cancel(false));
            try {
                indata.close();
            } catch (IOException e) {
                LOG.debug("kunde inte stänga batchens indata", e);
            }
        }
    }
}
