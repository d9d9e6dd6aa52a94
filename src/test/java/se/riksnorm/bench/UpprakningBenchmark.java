package se.riksnorm.bench;

import java.nio.file.Path;
import java.util.List;
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
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.FordelningUpprakning;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.RiksnormUpprakning;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * One whole uppräkning of a kommun year in-process, on one thread: the national 2024 proposal from 2023 + 8,7 %
 * (17 totals), Nyköping's 2024 fördelning from its decided 2023 table (68 posts by largest remainder, 30 matnorm
 * cells, 8 umgänge cells, the hemmavarande example) and its check against the new riksnorm. Run by bench/run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class UpprakningBenchmark {

    private Riksnorm riksnorm2023;
    private Fordelning nykoping2023;
    private final Procentsats procent = Procentsats.tolka("8.7");
    private final Umgangesregel umgangesregel = Umgangesregel.standard();

    @Setup
    public void lasNormer() {
        NormFiles filer = new NormFileReader().las(Path.of(System.getProperty("riksnorm.norms", "norms")));
        riksnorm2023 = filer.riksnormer().stream().map(NormFile::innehall).filter(r -> r.ar() == 2023).findFirst().orElseThrow();
        nykoping2023 = filer.fordelningar().stream().map(NormFile::innehall).filter(f -> f.ar() == 2023).findFirst().orElseThrow();
    }

    @Benchmark
    public List<Avvikelse> kommunensAr() {
        Riksnorm riksnorm2024 = RiksnormUpprakning.foresla(riksnorm2023, procent);
        Fordelning forslag = FordelningUpprakning.foresla(nykoping2023, riksnorm2024, umgangesregel, 5);
        return FordelningKontroll.kontrollera(forslag, riksnorm2024);
    }
}
