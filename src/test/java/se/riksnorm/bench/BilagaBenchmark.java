package se.riksnorm.bench;

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
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.export.BilagaModell;
import se.riksnorm.export.Dokument;
import se.riksnorm.export.Format;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * Nyköping's decided 2023 bilaga written in-process, on one thread, in the service's heap (bench/jvm.options):
 * as HTML (the template) and as PDF (the same template printed to PDF/A-2a, docs/adr/0016). Run by bench/run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms64m", "-Xmx160m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BilagaBenchmark {

    private Dokument bilaga;

    @Setup
    public void lasNormer() {
        NormFiles filer = new NormFileReader().las(Path.of(System.getProperty("riksnorm.norms", "norms")));
        Riksnorm riksnorm = filer.riksnormer().stream().map(NormFile::innehall).filter(r -> r.ar() == 2023).findFirst().orElseThrow();
        Fordelning nykoping = filer.fordelningar().stream().map(NormFile::innehall).filter(f -> f.ar() == 2023).findFirst().orElseThrow();
        bilaga = BilagaModell.tabell(nykoping, riksnorm, FordelningKontroll.kontrollera(nykoping, riksnorm),
                "Beslutad: Socialnämnden 2022-12-08, Dnr SN22/37 (version 1).", "bilaga-nykoping-2023");
    }

    @Benchmark
    public byte[] html() {
        return Format.HTML.skriv(bilaga, "Underlag 2023");
    }

    @Benchmark
    public byte[] pdf() {
        return Format.PDF.skriv(bilaga, "Underlag 2023");
    }
}
