package se.riksnorm.normfiles;

import java.util.List;

/**
 * What an export to {@code norms/} wrote.
 *
 * @param fil the table's file, as people see it (e.g. {@code norms/kommuner/nykoping/2024.yaml})
 * @param andrad whether the file was written (false: it already held exactly this table)
 * @param tillagdaKallor the sources appended to kallor.yaml because the file cites them
 * @param innehall the file's text
 */
public record Exportutfall(String fil, boolean andrad, List<String> tillagdaKallor, String innehall) {

    public Exportutfall {
        tillagdaKallor = List.copyOf(tillagdaKallor);
    }
}
