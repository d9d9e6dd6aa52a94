package se.riksnorm.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A {@link Dokument}'s tables as CSV, by Apache Commons CSV, written as Swedish Excel opens a file by a double
 * click (docs/adr/0016): UTF-8 with a byte order mark (without it Excel reads windows-1252: "KlÃ¤der"),
 * semicolons between the fields (the Swedish list separator; a comma is the decimal sign), a percentage with a
 * decimal comma ("8,6"), amounts as plain integers ("2026", "-34") so Excel reads them as numbers.
 *
 * <p>One line per table cell, in long form, so every section fits one file and a program can pivot it: the
 * section, the row, the column, the cell in the norms files' keys where it is one, and the value. Text
 * sections are left out; the XLSX and PDF carry them.
 */
public final class CsvDokument {

    /** U+FEFF, which UTF-8 writes as EF BB BF: the sign by which Excel knows the file is UTF-8. */
    public static final char BOM = '\uFEFF';
    public static final char AVGRANSARE = ';';
    static final String[] RUBRIKER = {"avsnitt", "rad", "kolumn", "cell", "varde"};
    private static final java.util.regex.Pattern TAL = java.util.regex.Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    /** The format this writer uses; a program reading the file back parses it with the same. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(AVGRANSARE).get();

    private CsvDokument() {
    }

    /**
     * A field as a spreadsheet can open it without running it: a text that begins with = + - @ or a tab or carriage
     * return is a formula to Excel and LibreOffice (CSV injection, OWASP), so it is prefixed with an apostrophe. A
     * number ("-34", "8,6") is data and stays as it is.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || TAL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    public static String skriv(Dokument d) {
        StringWriter ut = new StringWriter();
        ut.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(ut, FORMAT.builder().setHeader(RUBRIKER).get())) {
            for (Avsnitt avsnitt : d.avsnitt()) {
                if (avsnitt instanceof Tabellavsnitt tabell) {
                    for (Tabellrad rad : tabell.rader()) {
                        for (int k = 0; k < rad.celler().size(); k++) {
                            Dokumentvarde varde = rad.celler().get(k);
                            String cell = varde instanceof Beloppsvarde belopp && belopp.cell() != null ? belopp.cell().sokvag() : "";
                            csv.printRecord(cell(tabell.rubrik()), cell(rad.etikett()), cell(tabell.kolumner().get(k)), cell(cell),
                                    cell(excel(varde)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toString();
    }

    /** The value as Swedish Excel reads a number: a decimal comma in a percentage, nothing else changed. */
    private static String excel(Dokumentvarde varde) {
        return varde instanceof Procentvarde ? varde.data().replace('.', ',') : varde.data();
    }
}
