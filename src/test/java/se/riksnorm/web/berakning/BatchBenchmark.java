package se.riksnorm.web.berakning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.riksnorm.bench.HushallsGenerator;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Redovisning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.web.problem.ProblemException;

/**
 * The NDJSON batch's summary lines in-process, on one thread, as the endpoint makes each (docs/adr/0126): 100 000 of the
 * bench's generated households (56 MB) split into lines as bytes, read, checked, calculated and written as summary
 * lines. Beside it the physical limit of the reading: the same bytes split and read into requests, nothing calculated
 * or written. The service runs the lines of a chunk on every core; over HTTP bench/run measures the whole. Not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms64m", "-Xmx160m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class BatchBenchmark {

    static final int HUSHALL = 100_000;

    private byte[] ndjson;
    private Normbok normbok;
    private Forsorjningsstodsberakning berakning;
    private Summeringsrad summeringsrad;
    private final Utbuffert ut = new Utbuffert(1 << 20);

    @Setup
    public void forbered() throws IOException {
        Path fil = Files.createTempFile("batch", ".ndjson");
        try {
            HushallsGenerator.main(new String[] {fil.toString(), Integer.toString(HUSHALL)});
            ndjson = Files.readAllBytes(fil);
        } finally {
            Files.delete(fil);
        }
        NormFiles filer = new NormFileReader().las(Path.of(System.getProperty("riksnorm.norms", "norms")));
        normbok = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                filer.kommuner().stream().map(NormFile::innehall).toList(),
                filer.fordelningar().stream().map(NormFile::innehall).toList());
        berakning = new Forsorjningsstodsberakning(Regelbok.standard(filer.regler()));
        summeringsrad = new Summeringsrad("bench");
    }

    /** 100 000 summary lines: split, read, checked, calculated, written; answers the bytes written. */
    @Benchmark
    public long summering() throws IOException {
        Skicklasare lasare = lasare();
        long skrivna = 0;
        for (Skicklasare.Skick skick = lasare.nasta(); skick != null; skick = lasare.nasta()) {
            try (ForsorjningsstodJson.Skickparser tolk = new ForsorjningsstodJson.Skickparser(skick.bytes, skick.slut)) {
                for (int i = 0; i < skick.antal; i++) {
                    ForsorjningsstodRequest request = tolk.las(skick.fran[i], skick.langd[i], skick.iFoljd(i));
                    try {
                        if (berakning.beraknaPeriod(RequestParser.forsorjningsstod(request), normbok, Redovisning.SUMMERING)
                                instanceof Utfall.Beraknat<Periodresultat> beraknat) {
                            ut.reset();
                            summeringsrad.skriv(skick.nummer[i], beraknat.resultat(), ut);
                            skrivna += ut.size();
                        }
                    } catch (ProblemException avvisad) {
                        skrivna++;
                    }
                }
            }
            lasare.lamnaTillbaka(skick);
        }
        return skrivna;
    }

    /** The physical limit: the same bytes split into lines and read into requests, nothing calculated or written. */
    @Benchmark
    public long barainlasning() throws IOException {
        Skicklasare lasare = lasare();
        long lasta = 0;
        for (Skicklasare.Skick skick = lasare.nasta(); skick != null; skick = lasare.nasta()) {
            try (ForsorjningsstodJson.Skickparser tolk = new ForsorjningsstodJson.Skickparser(skick.bytes, skick.slut)) {
                for (int i = 0; i < skick.antal; i++) {
                    if (tolk.las(skick.fran[i], skick.langd[i], skick.iFoljd(i)) != null) {
                        lasta++;
                    }
                }
            }
            lasare.lamnaTillbaka(skick);
        }
        return lasta;
    }

    /** The lines in chunks as the endpoint reads them, one chunk at a time. */
    private Skicklasare lasare() {
        return new Skicklasare(new ByteArrayInputStream(ndjson), BatchBerakning.STORSTA_RAD, BatchBerakning.RADER_PER_SKICK,
                BatchBerakning.STORSTA_SKICK, 1);
    }
}
