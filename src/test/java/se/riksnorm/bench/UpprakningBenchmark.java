package se.riksnorm.bench;

/**
 * PENDING: uppräkning lands with issue 6.
 *
 * <p>The place for the second in-process benchmark of issue 5: one whole uppräkning of a kommun year
 * (a proposed national raise applied to Nyköping's decided table, every cell of the new fördelning with its
 * split, checked against the new riksnorm). The rules for it are being written on the uppräkning branch;
 * after that branch is merged, add here a {@code @Benchmark} in the style of {@link BerakningBenchmark}
 * (same JMH settings, {@code @OutputTimeUnit(MICROSECONDS)}), and bench/run picks it up by its name
 * ({@code UpprakningBenchmark}) and prints it in the table instead of "pending".
 */
final class UpprakningBenchmark {

    private UpprakningBenchmark() {
    }
}
