package se.riksnorm.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
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
import se.riksnorm.app.budget.Budgetkorning;
import se.riksnorm.app.budget.HushallCsv;
import se.riksnorm.app.budget.Hushallsrad;
import se.riksnorm.app.budget.Underlagsgranser;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.budget.Manadsurval;
import se.riksnorm.domain.budget.Normversion;
import se.riksnorm.domain.budget.Tabellval;
import se.riksnorm.domain.budget.Versionsnormer;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * A caseload of 100 000 generated households (about 9 MB of CSV, {@link Budgetunderlagsgenerator}) under two versions
 * in-process, as the service runs it (read as it arrives, chunks on every core): Nyköping's decided 2023 against the
 * national 2024 amounts, one month. Beside it the physical limit: the same bytes read into households without
 * calculating. Run by bench/run; the heap is the service's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms64m", "-Xmx160m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BudgetBenchmark {

    static final int HUSHALL = 100_000;

    private byte[] csv;
    private Budgetberakning berakning;

    @Setup
    public void forbered() throws IOException {
        StringBuilder text = new StringBuilder(10 << 20);
        new Budgetunderlagsgenerator(20261207L).skriv(text, HUSHALL, false);
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
        NormFiles filer = new NormFileReader().las(Path.of(System.getProperty("riksnorm.norms", "norms")));
        Normbok alla = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                filer.kommuner().stream().map(NormFile::innehall).toList(),
                filer.fordelningar().stream().map(NormFile::innehall).toList());
        Kommun nykoping = alla.kommun("nykoping").orElseThrow();
        berakning = new Budgetberakning(Regelbok.standard(filer.regler()), "nykoping",
                new Versionsnormer(new Normversion(2023, Tabellval.BESLUTAD, null),
                        new Normbok(alla.riksnormer(), List.of(nykoping), List.of(alla.fordelning(nykoping, 2023).orElseThrow())),
                        "Nyköping 2023", "beslutad"),
                new Versionsnormer(new Normversion(2024, Tabellval.RIKSNORM, null),
                        new Normbok(alla.riksnormer(), List.of(nykoping), List.of()), "Riksnormen 2024", "riksnorm"),
                new Manadsurval(1, 1));
    }

    private HushallCsv lasare() {
        return new HushallCsv(new ByteArrayInputStream(csv), Underlagsgranser.STANDARD, YearMonth.of(2023, 11),
                Aldersbyte.ALDER_FORSTA_DAGEN);
    }

    /** 100 000 households under both versions: read, calculated, summed. */
    @Benchmark
    public Budgetpaverkan tvaVersioner() {
        return Budgetkorning.berakna(berakning, lasare(), 20);
    }

    /** The physical limit: the same bytes read into households, nothing calculated. */
    @Benchmark
    public long barainlasning() {
        long personer = 0;
        try (HushallCsv lasare = lasare()) {
            Hushallsrad rad;
            while ((rad = lasare.nasta()) != null) {
                personer += rad.hushall() == null ? 0 : rad.hushall().medlemmar().size();
            }
        }
        return personer;
    }
}
