package se.riksnorm.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link Dokument} as an Excel workbook, by Apache POI (docs/adr/0013), for the sakkunniga who work in
 * Excel: one sheet, the sections one after the other, every amount a number cell (so it can be summed) in
 * the format {@code # ##0}, every percentage a number with {@code 0.0 %}. Spreadsheet numbers are doubles:
 * whole kronor below 2^53 pass exactly.
 */
public final class XlsxDokument {

    private static final int ETIKETTBREDD = 42 * 256;
    private static final int VARDEBREDD = 13 * 256;
    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private XlsxDokument() {
    }

    public static byte[] skriv(Dokument d, String bladnamn) {
        try (XSSFWorkbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            Stilar s = new Stilar(bok);
            Sheet blad = bok.createSheet(WorkbookUtil.createSafeSheetName(bladnamn));
            int radnr = 0;
            text(blad.createRow(radnr++), 0, d.titel(), s.titel);
            text(blad.createRow(radnr++), 0, d.underrubrik(), null);
            for (String rad : d.inledning()) {
                text(blad.createRow(radnr++), 0, rad, null);
            }
            int kolumner = 1;
            for (Avsnitt avsnitt : d.avsnitt()) {
                radnr++;
                text(blad.createRow(radnr++), 0, avsnitt.rubrik(), s.rubrik);
                if (avsnitt instanceof Tabellavsnitt tabell) {
                    kolumner = Math.max(kolumner, tabell.kolumner().size() + 1);
                    Row huvud = blad.createRow(radnr++);
                    text(huvud, 0, tabell.radrubrik(), s.rubrik);
                    for (int k = 0; k < tabell.kolumner().size(); k++) {
                        text(huvud, k + 1, tabell.kolumner().get(k), s.kolumnrubrik);
                    }
                    for (Tabellrad rad : tabell.rader()) {
                        Row row = blad.createRow(radnr++);
                        text(row, 0, rad.etikett(), rad.summa() ? s.rubrik : null);
                        for (int k = 0; k < rad.celler().size(); k++) {
                            varde(row.createCell(k + 1), rad.celler().get(k), rad.summa(), s);
                        }
                    }
                } else if (avsnitt instanceof Textavsnitt stycken) {
                    for (String stycke : stycken.stycken()) {
                        text(blad.createRow(radnr++), 0, stycke, null);
                    }
                }
            }
            blad.setColumnWidth(0, ETIKETTBREDD);
            for (int k = 1; k < kolumner; k++) {
                blad.setColumnWidth(k, VARDEBREDD);
            }
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void varde(Cell cell, Dokumentvarde varde, boolean summa, Stilar s) {
        if (varde instanceof Beloppsvarde belopp) {
            cell.setCellValue(belopp.kronor().belopp());
            cell.setCellStyle(summa ? s.summa : s.belopp);
        } else if (varde instanceof Procentvarde procent) {
            cell.setCellValue(procent.procent().divide(HUNDRA).doubleValue());
            cell.setCellStyle(s.procent);
        } else {
            cell.setCellValue(xml(varde.text()));
            cell.setCellStyle(s.hoger);
        }
    }

    private static void text(Row rad, int kolumn, String text, CellStyle stil) {
        Cell cell = rad.createCell(kolumn);
        cell.setCellValue(xml(text));
        if (stil != null) {
            cell.setCellStyle(stil);
        }
    }

    /**
     * A text as a cell can hold it: always a string cell (never a formula, whatever it begins with), without the
     * characters XML 1.0 does not allow (control characters but tab and line breaks, unpaired surrogates), which
     * would make the workbook unreadable; each becomes U+FFFD.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder ut = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean par = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (par) {
                ut.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                ut.append('\uFFFD');
            } else {
                ut.append(c);
            }
        }
        return ut.toString();
    }

    private static final class Stilar {
        private final CellStyle titel;
        private final CellStyle rubrik;
        private final CellStyle kolumnrubrik;
        private final CellStyle belopp;
        private final CellStyle summa;
        private final CellStyle procent;
        private final CellStyle hoger;

        private Stilar(XSSFWorkbook bok) {
            XSSFFont fet = bok.createFont();
            fet.setBold(true);
            XSSFFont stor = bok.createFont();
            stor.setBold(true);
            stor.setFontHeightInPoints((short) 13);
            titel = bok.createCellStyle();
            titel.setFont(stor);
            rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            kolumnrubrik = bok.createCellStyle();
            kolumnrubrik.setFont(fet);
            kolumnrubrik.setAlignment(HorizontalAlignment.RIGHT);
            short tal = bok.createDataFormat().getFormat("#,##0");
            belopp = bok.createCellStyle();
            belopp.setDataFormat(tal);
            summa = bok.createCellStyle();
            summa.setDataFormat(tal);
            summa.setFont(fet);
            procent = bok.createCellStyle();
            procent.setDataFormat(bok.createDataFormat().getFormat("0.0%"));
            hoger = bok.createCellStyle();
            hoger.setAlignment(HorizontalAlignment.RIGHT);
        }
    }
}
