package se.riksnorm.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * One household calculation in-process, on one thread: the rules over the repository's norms/, as
 * another JVM system or the service's controller calls them (kommun lookup, checks, every line with its
 * rule text and grunder, the totals). Target (issue 5): at or under 1 µs. Run by bench/run; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class BerakningBenchmark {

    @Param({"FAMILJ_MED_FYRA", "ENSAMSTAENDE", "HUSHALL_MED_NIO"})
    public Hushall hushall;

    private Normbok normbok;
    private Forfragan forfragan;
    private Forsorjningsstodsberakning berakning;

    @Setup
    public void lasNormer() {
        NormFiles filer = new NormFileReader().las(Path.of(System.getProperty("riksnorm.norms", "norms")));
        normbok = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                filer.kommuner().stream().map(NormFile::innehall).toList(),
                filer.fordelningar().stream().map(NormFile::innehall).toList());
        berakning = new Forsorjningsstodsberakning(Regelbok.standard(filer.regler()));
        forfragan = hushall.forfragan();
        if (!(berakning.berakna(forfragan, normbok) instanceof Utfall.Beraknat<Berakningsresultat>)) {
            throw new IllegalStateException(hushall + " avvisades: benchmarken skulle mäta en avvisning");
        }
    }

    @Benchmark
    public Utfall<Berakningsresultat> forsorjningsstod() {
        return berakning.berakna(forfragan, normbok);
    }
}
