package se.riksnorm.web.berakning;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.riksnorm.web.problem.Problems;

/** How much of each answer the batch writes ({@code detalj=}): every line, or the totals only (docs/adr/0126). */
enum Detalj {
    FULL, SUMMERING;

    /** The query's value, any case; none means {@link #FULL}, any other is refused naming the values there are. */
    static Detalj valj(String detalj) {
        if (detalj == null) {
            return FULL;
        }
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(detalj)).findFirst()
                .orElseThrow(() -> Problems.ogiltigtVarde("detalj", detalj, "detalj är " + Arrays.stream(values())
                        .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" eller ")) + "."));
    }
}
