package se.riksnorm.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link Dokument}'s tables as CSV, by Apache Commons CSV (RFC 4180, comma-separated, UTF-8): one line per
 * table cell, in long form, so every section fits one file and a program can pivot it. Each line names the
 * section, the row, the column, the cell in the norms files' keys where it is one, and the value as data
 * ("2026", "-34", "8.6"). Text sections are left out; the XLSX and PDF carry them.
 */
public final class CsvDokument {

    private static final String[] RUBRIKER = {"avsnitt", "rad", "kolumn", "cell", "varde"};
    private static final java.util.regex.Pattern TAL = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvDokument() {
    }

    /**
     * A field as a spreadsheet can open it without running it: a text that begins with = + - @ or a tab or carriage
     * return is a formula to Excel and LibreOffice (CSV injection, OWASP), so it is prefixed with an apostrophe. A
     * number ("-34", "8.6") is data and stays as it is.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || TAL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    public static String skriv(Dokument d) {
        StringWriter ut = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(ut, CSVFormat.RFC4180.builder().setHeader(RUBRIKER).get())) {
            for (Avsnitt avsnitt : d.avsnitt()) {
                if (avsnitt instanceof Tabellavsnitt tabell) {
                    for (Tabellrad rad : tabell.rader()) {
                        for (int k = 0; k < rad.celler().size(); k++) {
                            Dokumentvarde varde = rad.celler().get(k);
                            String cell = varde instanceof Beloppsvarde belopp && belopp.cell() != null ? belopp.cell().sokvag() : "";
                            csv.printRecord(cell(tabell.rubrik()), cell(rad.etikett()), cell(tabell.kolumner().get(k)), cell(cell),
                                    cell(varde.data()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toString();
    }
}
