package se.riksnorm.normfiles;

import java.util.List;

/**
 * What an export to {@code norms/} wrote.
 *
 * @param fil the table's file, as people see it (e.g. {@code norms/kommuner/nykoping/2024.yaml})
 * @param andrad whether the file was written (false: it already held exactly this table)
 * @param tillagdaKallor the sources appended to kallor.yaml because the file cites them
 * @param innehall the file's text
 * @param nyaFiler other files written with it: the kommun.yaml of a kommun that had no folder in norms/
 */
public record Exportutfall(String fil, boolean andrad, List<String> tillagdaKallor, String innehall, List<String> nyaFiler) {

    public Exportutfall {
        tillagdaKallor = List.copyOf(tillagdaKallor);
        nyaFiler = List.copyOf(nyaFiler);
    }

    public Exportutfall(String fil, boolean andrad, List<String> tillagdaKallor, String innehall) {
        this(fil, andrad, tillagdaKallor, innehall, List.of());
    }
}
