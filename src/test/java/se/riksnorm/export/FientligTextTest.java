package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.support.Pdf;

/**
 * Texts that mean something to one of the formats, in every place a document carries text, written as HTML, PDF,
 * XLSX and CSV: each reads back as the text it was (escaped where the format needs it), nothing becomes markup, a
 * formula or a broken file.
 */
class FientligTextTest {

    /** Texts the service accepts (docs/adr/0143) that mean something to a format. */
    private static final List<String> TEXTER = List.of("<script>alert(1)</script>", "\"citat\" & 'apostrof'", "=HYPERLINK(\"http://x\")",
            "+46 8 123", "-tio", "@SUM(A1)", "a,b;c\"d", "Socialnämnden #1: {x} [y] | z", "familj 👪 och مرحبا", "Dnr SN23/41 \\ del 2");

    private final Dokument dokument = new Dokument(TEXTER.get(8), TEXTER.get(0), TEXTER.get(1), TEXTER, List.of(
            new Tabellavsnitt(TEXTER.get(2), TEXTER.get(3), List.of(TEXTER.get(4), TEXTER.get(5)), List.of(
                    new Tabellrad(TEXTER.get(6), List.of(new Textvarde(TEXTER.get(7)), new Beloppsvarde(Kronor.of(-34), null)), false),
                    new Tabellrad(TEXTER.get(8), List.of(new Textvarde(TEXTER.get(9)), new Textvarde("=1+1")), true))),
            new Textavsnitt(TEXTER.get(9), TEXTER)), TEXTER, "fientlig");

    @Test
    void htmlVisarVarjeTextSomTextAldrigSomMarkup() {
        String html = new String(Format.HTML.skriv(dokument, "blad"), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        for (String text : TEXTER) {
            assertThat(html).contains(escapeHtml(text));
        }
    }

    @Test
    void xlsxHallerVarjeTextSomTextcellAldrigSomFormel() throws IOException {
        List<String> texter = new ArrayList<>();
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.skriv(dokument, "blad")))) {
            for (Row rad : bok.getSheetAt(0)) {
                for (Cell cell : rad) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texter.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texter).containsAll(TEXTER).contains("=1+1");
    }

    @Test
    void ettTeckenSomXmlInteTillaterGerEnLasbarBokMedErsattningstecken() throws IOException {
        Dokument styrtecken = new Dokument("k", "noll\u0000 ett\u0001 ensam \ud800", "", List.of(), List.of(), List.of(), "x");

        List<String> texter = new ArrayList<>();
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.skriv(styrtecken, "blad")))) {
            bok.getSheetAt(0).forEach(rad -> rad.forEach(cell -> texter.add(cell.getStringCellValue())));
        }
        assertThat(texter).anySatisfy(text -> assertThat(text).containsIgnoringCase("noll\ufffd ett\ufffd ensam \ufffd"));
    }

    @Test
    void csvLasesTillbakaFaltForFaltOchEnFormelBlirText() throws IOException {
        String csv = new String(Format.CSV.skriv(dokument, "blad"), StandardCharsets.UTF_8);

        List<CSVRecord> rader = CsvDokument.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(rader).hasSize(4);
        CSVRecord forsta = rader.get(0);
        // a text that a spreadsheet would run as a formula gets an apostrophe; the value -34 stays a number
        assertThat(forsta.get("avsnitt")).isEqualTo("'" + TEXTER.get(2));
        assertThat(forsta.get("rad")).isEqualTo(TEXTER.get(6));
        assertThat(forsta.get("kolumn")).isEqualTo("'" + TEXTER.get(4));
        assertThat(forsta.get("varde")).isEqualTo(TEXTER.get(7));
        assertThat(rader.get(1).get("kolumn")).isEqualTo("'" + TEXTER.get(5));
        assertThat(rader.get(1).get("varde")).isEqualTo("-34");
        assertThat(rader.get(3).get("varde")).isEqualTo("'=1+1");
        assertThat(rader).allSatisfy(rad -> rad.forEach(falt -> assertThat(falt).doesNotStartWith("=").doesNotStartWith("@")));
    }

    @Test
    void pdfVisarVarjeTextSomDenAr() throws IOException {
        String pdf = Pdf.utanMellanrum(Pdf.text(Format.PDF.skriv(dokument, "blad")));

        // the PDF's fonts hold Latin script: the texts that are all Latin read back as they are
        for (String text : TEXTER.stream().filter(t -> t.chars().allMatch(c -> c < 0x250)).toList()) {
            assertThat(pdf).contains(Pdf.utanMellanrum(text));
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
