package se.riksnorm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.support.ProjektetsNormer;

/**
 * What knowing all 290 kommuner costs where it is paid: reading norms/ (schema and checks of kommuner.yaml) on every
 * start and load, building the in-memory snapshot after every write, and finding a kommun on every request, each with
 * SCB's list and without it (norms/ as it was, Nyköping alone). Not a test; run by hand:
 * {@code java -cp … org.openjdk.jmh.Main KommunlistaBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class KommunlistaBenchmark {

    @Param({"med-lista", "utan-lista"})
    public String normer;

    private Path katalog;
    private List<Riksnorm> riksnormer;
    private List<Kommun> kommuner;
    private List<Fordelning> fordelningar;
    private Normbok normbok;

    @Setup
    public void las() throws IOException {
        katalog = normer.equals("utan-lista") ? kopiaUtanLista() : ProjektetsNormer.KATALOG;
        NormFiles filer = new NormFileReader().las(katalog);
        riksnormer = filer.riksnormer().stream().map(NormFile::innehall).toList();
        kommuner = filer.allaKommuner();
        fordelningar = filer.fordelningar().stream().map(NormFile::innehall).toList();
        normbok = normbok();
    }

    @Benchmark
    public NormFiles lasNormkatalogen() {
        return new NormFileReader().las(katalog);
    }

    @Benchmark
    public Normbok byggNormboken() {
        return new Normbok(riksnormer, kommuner, fordelningar);
    }

    /** A name with diacritics in the decomposed form, the slowest of the lookups. */
    @Benchmark
    public Object hittaKommunPaNamn() {
        return normbok.kommun("Nyko\u0308ping");
    }

    private Normbok normbok() {
        return new Normbok(riksnormer, kommuner, fordelningar);
    }

    /** norms/ as it was before the list: a copy without kommuner.yaml. */
    private static Path kopiaUtanLista() throws IOException {
        Path kopia = ProjektetsNormer.kopia(Files.createTempDirectory("riksnorm-bench"));
        Files.delete(kopia.resolve("kommuner.yaml"));
        return kopia;
    }
}
