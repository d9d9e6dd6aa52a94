package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV as Swedish Excel opens it by a double click: a UTF-8 byte order mark, semicolons, a decimal comma in
 * percentages; in long form, one line per table cell with the norms files' key of the cell.
 */
class BilagaCsvTest {

    @Test
    void borjarMedBomOchSemikolon() {
        byte[] csv = Format.CSV.skriv(Bilagor.beslutad2023(), "x");

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFavsnitt;rad;kolumn;cell;varde\r\n"
                + "Personliga kostnader;Livsmedel;0 år;personliga_kostnader.livsmedel.ar_0;823\r\n");
    }

    @Test
    void enRadPerCellMedNormfilernasNycklar() throws IOException {
        List<CSVRecord> rader = csv(Format.CSV.skriv(Bilagor.beslutad2023(), "x"));

        CSVRecord fem = rader.stream().filter(r -> r.get("cell").equals("gemensamma_kostnader.forbrukningsvaror.5")).findFirst().orElseThrow();
        assertThat(fem.get("avsnitt")).isEqualTo("Gemensamma hushållskostnader");
        assertThat(fem.get("rad")).isEqualTo("Förbrukningsvaror i hemmet");
        assertThat(fem.get("kolumn")).isEqualTo("5 personer");
        assertThat(fem.get("varde")).isEqualTo("385");
        // 10 columns × (5 posts + sum) + 10 sizes × (2 + sum) + 10 × 4 matnorm/umgänge rows
        assertThat(rader).hasSize(60 + 30 + 40);
        // the adults' försäkring and umgängesnorm have no value
        assertThat(rader.stream().filter(r -> r.get("cell").isEmpty() && r.get("varde").isEmpty())).hasSize(2 + 2);
    }

    @Test
    void procentMedDecimalkomma() throws IOException {
        List<CSVRecord> rader = csv(Format.CSV.skriv(Bilagor.jamforelse(), "x"));

        // 359 → 391: +32 kr, +8,9 %
        assertThat(rader).filteredOn(r -> r.get("rad").equals("Förbrukningsvaror i hemmet, 5 personer"))
                .extracting(r -> r.get("kolumn") + "=" + r.get("varde"))
                .containsExactly("2022=359", "2023=391", "Förändring kr=32", "Förändring %=8,9");
    }

    /** Read back as a program would: the BOM skipped, the writer's own format. */
    private static List<CSVRecord> csv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvDokument.BOM);
        return CsvDokument.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
