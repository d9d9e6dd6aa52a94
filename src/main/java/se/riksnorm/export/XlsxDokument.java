package se.riksnorm.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link Dokument} as an Excel workbook, by Apache POI (docs/adr/0013, 0016), for the sakkunniga who work in
 * Excel: one sheet headed like the seed's bilaga (kommun, title, subtitle), the sections one after the other,
 * every table cell bordered, every amount a number cell (so it can be summed) in the format {@code # ##0}, every
 * percentage a number with {@code 0.0 %}. It prints as the PDF does: A4 landscape, as wide as the page, on one
 * page when it is as short as a bilaga, else with the column headings repeated on every page.
 *
 * <p>The rows keep their places relative to each section's heading (heading, column headings, rows), so a
 * program that reads the workbook back finds each table where it was. Spreadsheet numbers are doubles: whole
 * kronor below 2^53 pass exactly.
 */
public final class XlsxDokument {

    /** At most this many rows print on one page; a longer document (the comparison) prints on several. */
    static final int EN_SIDA = 60;
    private static final int ETIKETTBREDD = 40;
    private static final int VARDEBREDD = 15;
    /** Calibri 11 fits about this many characters in a column of width 1 (Excel's unit is a '0'). */
    private static final double TECKEN_PER_BREDD = 1.1;
    private static final float RADHOJD = 15;
    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private XlsxDokument() {
    }

    public static byte[] skriv(Dokument d, String bladnamn) {
        try (XSSFWorkbook bok = new XSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            Stilar s = new Stilar(bok);
            Sheet blad = bok.createSheet(WorkbookUtil.createSafeSheetName(bladnamn));
            int sista = d.avsnitt().stream().filter(Tabellavsnitt.class::isInstance).map(Tabellavsnitt.class::cast)
                    .mapToInt(t -> t.kolumner().size()).max().orElse(1);
            Skrivare skrivare = new Skrivare(blad, s, sista);
            skrivare.text(d.kommun().toUpperCase(SVENSKA), s.kommun);
            skrivare.text(d.titel().toUpperCase(SVENSKA), s.titel);
            skrivare.text(d.underrubrik(), null);
            d.inledning().forEach(rad -> skrivare.stycke(rad, s.stycke));
            Integer forstaKolumnrubrik = null;
            for (Avsnitt avsnitt : d.avsnitt()) {
                skrivare.radnr++;
                if (avsnitt instanceof Tabellavsnitt tabell) {
                    int rubrikrad = skrivare.tabell(tabell);
                    forstaKolumnrubrik = forstaKolumnrubrik == null ? rubrikrad : forstaKolumnrubrik;
                } else if (avsnitt instanceof Textavsnitt stycken) {
                    skrivare.text(avsnitt.rubrik(), s.rubrik);
                    stycken.stycken().forEach(stycke -> skrivare.stycke(stycke, s.stycke));
                }
            }
            if (!d.noter().isEmpty()) {
                skrivare.radnr++;
                skrivare.text("Anmärkningar", s.rubrik);
                d.noter().forEach(not -> skrivare.stycke(not, s.not));
            }
            for (int k = 0; k <= sista; k++) {
                blad.setColumnWidth(k, (k == 0 ? ETIKETTBREDD : VARDEBREDD) * 256);
            }
            utskrift(bok, blad, d, sista, skrivare.radnr - 1, forstaKolumnrubrik, likaKolumner(d));
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 landscape as wide as the page, the print area set, the labels frozen, page numbers in the footer. */
    private static void utskrift(XSSFWorkbook bok, Sheet blad, Dokument d, int sistaKolumn, int sistaRad,
                                 Integer kolumnrubrik, boolean likaKolumner) {
        PrintSetup utskrift = blad.getPrintSetup();
        utskrift.setPaperSize(PrintSetup.A4_PAPERSIZE);
        utskrift.setLandscape(true);
        blad.setFitToPage(true);
        utskrift.setFitWidth((short) 1);
        boolean enSida = sistaRad < EN_SIDA;
        utskrift.setFitHeight((short) (enSida ? 1 : 0));
        if (!enSida && kolumnrubrik != null && likaKolumner) {
            blad.setRepeatingRows(new CellRangeAddress(kolumnrubrik, kolumnrubrik, -1, -1));
        }
        blad.setMargin(PageMargin.LEFT, 0.5);
        blad.setMargin(PageMargin.RIGHT, 0.5);
        blad.setMargin(PageMargin.TOP, 0.6);
        blad.setMargin(PageMargin.BOTTOM, 0.6);
        blad.setHorizontallyCenter(true);
        bok.setPrintArea(bok.getSheetIndex(blad), 0, sistaKolumn, 0, sistaRad);
        blad.createFreezePane(1, 0);
        blad.getFooter().setLeft(d.kommun() + " – " + d.titel());
        blad.getFooter().setRight("Sida " + HeaderFooter.page() + " av " + HeaderFooter.numPages());
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

    private static boolean likaKolumner(Dokument d) {
        return d.avsnitt().stream().filter(Tabellavsnitt.class::isInstance).map(a -> ((Tabellavsnitt) a).kolumner())
                .distinct().count() == 1;
    }

    /** Writes row after row; {@link #radnr} is the next free row. */
    private static final class Skrivare {
        private final Sheet blad;
        private final Stilar s;
        private final int sistaKolumn;
        private int radnr;

        private Skrivare(Sheet blad, Stilar s, int sistaKolumn) {
            this.blad = blad;
            this.s = s;
            this.sistaKolumn = sistaKolumn;
        }

        private void text(String text, CellStyle stil) {
            cell(blad.createRow(radnr++), 0, text, stil);
        }

        /** A paragraph over the whole width, wrapped, its row as high as its lines. */
        private void stycke(String text, CellStyle stil) {
            Row rad = blad.createRow(radnr);
            cell(rad, 0, text, stil);
            if (sistaKolumn > 0) {
                blad.addMergedRegion(new CellRangeAddress(radnr, radnr, 0, sistaKolumn));
            }
            double tecken = (ETIKETTBREDD + sistaKolumn * VARDEBREDD) * TECKEN_PER_BREDD;
            rad.setHeightInPoints(RADHOJD * (float) Math.max(1, Math.ceil(text.length() / tecken)));
            radnr++;
        }

        /**
         * The section's heading (with its column groups beside it, as the seed sets "Barn och ungdomar | Vuxna"),
         * the column headings, the rows.
         *
         * @return the row of the column headings
         */
        private int tabell(Tabellavsnitt tabell) {
            Row rubrik = blad.createRow(radnr);
            if (tabell.harGrupper()) {
                cell(rubrik, 0, tabell.rubrik(), s.avsnitt);
                int kolumn = 1;
                for (Kolumngrupp grupp : tabell.grupper()) {
                    for (int k = kolumn; k < kolumn + grupp.antal(); k++) {
                        cell(rubrik, k, k == kolumn ? grupp.rubrik() : "", s.grupp);
                    }
                    if (grupp.antal() > 1) {
                        blad.addMergedRegion(new CellRangeAddress(radnr, radnr, kolumn, kolumn + grupp.antal() - 1));
                    }
                    kolumn += grupp.antal();
                }
            } else {
                cell(rubrik, 0, tabell.rubrik(), s.rubrik);
            }
            int kolumnrubrik = ++radnr;
            Row huvud = blad.createRow(radnr++);
            cell(huvud, 0, tabell.radrubrik(), s.kolumnrubrikVanster);
            List<String> kolumner = tabell.kolumner();
            for (int k = 0; k < kolumner.size(); k++) {
                cell(huvud, k + 1, kolumner.get(k), s.kolumnrubrik);
            }
            for (Tabellrad rad : tabell.rader()) {
                Row row = blad.createRow(radnr++);
                cell(row, 0, rad.etikett(), rad.summa() ? s.summaetikett : s.etikett);
                for (int k = 0; k < rad.celler().size(); k++) {
                    varde(row.createCell(k + 1), rad.celler().get(k), rad.summa());
                }
            }
            return kolumnrubrik;
        }

        private void varde(Cell cell, Dokumentvarde varde, boolean summa) {
            if (varde instanceof Beloppsvarde belopp) {
                cell.setCellValue(belopp.kronor().belopp());
                cell.setCellStyle(belopp.forandring() ? s.forandring : summa ? s.summa : s.belopp);
            } else if (varde instanceof Procentvarde procent) {
                cell.setCellValue(procent.procent().divide(HUNDRA).doubleValue());
                cell.setCellStyle(s.procent);
            } else {
                cell.setCellValue(xml(varde.text()));
                cell.setCellStyle(s.hoger);
            }
        }

        private static void cell(Row rad, int kolumn, String text, CellStyle stil) {
            Cell cell = rad.createCell(kolumn);
            cell.setCellValue(xml(text));
            if (stil != null) {
                cell.setCellStyle(stil);
            }
        }
    }

    private static final class Stilar {
        private final XSSFWorkbook bok;
        private final CellStyle kommun;
        private final CellStyle titel;
        private final CellStyle rubrik;
        private final CellStyle stycke;
        private final CellStyle not;
        private final CellStyle avsnitt;
        private final CellStyle grupp;
        private final CellStyle kolumnrubrik;
        private final CellStyle kolumnrubrikVanster;
        private final CellStyle etikett;
        private final CellStyle summaetikett;
        private final CellStyle belopp;
        private final CellStyle summa;
        private final CellStyle forandring;
        private final CellStyle procent;
        private final CellStyle hoger;

        private Stilar(XSSFWorkbook bok) {
            this.bok = bok;
            Font fet = font(true, false, 11);
            kommun = stil(font(true, false, 11), false);
            titel = stil(font(true, false, 13), false);
            rubrik = stil(fet, false);
            stycke = stil(null, false);
            stycke.setWrapText(true);
            stycke.setVerticalAlignment(VerticalAlignment.TOP);
            not = stil(font(false, true, 9), false);
            not.setWrapText(true);
            not.setVerticalAlignment(VerticalAlignment.TOP);
            avsnitt = rubrikfalt(stil(fet, true));
            grupp = rubrikfalt(stil(fet, true));
            grupp.setAlignment(HorizontalAlignment.CENTER);
            kolumnrubrik = rubrikfalt(stil(null, true));
            kolumnrubrik.setAlignment(HorizontalAlignment.RIGHT);
            kolumnrubrik.setWrapText(true);
            kolumnrubrikVanster = rubrikfalt(stil(null, true));
            etikett = stil(null, true);
            summaetikett = stil(fet, true);
            short tal = bok.createDataFormat().getFormat("#,##0");
            belopp = stil(null, true);
            belopp.setDataFormat(tal);
            summa = stil(fet, true);
            summa.setDataFormat(tal);
            // a change with its sign, as the PDF writes it: +6, -34
            forandring = stil(null, true);
            forandring.setDataFormat(bok.createDataFormat().getFormat("+#,##0;-#,##0;0"));
            procent = stil(null, true);
            procent.setDataFormat(bok.createDataFormat().getFormat("+0.0%;-0.0%;0.0%"));
            hoger = stil(null, true);
            hoger.setAlignment(HorizontalAlignment.RIGHT);
        }

        private Font font(boolean fet, boolean kursiv, int punkter) {
            Font font = bok.createFont();
            font.setBold(fet);
            font.setItalic(kursiv);
            font.setFontHeightInPoints((short) punkter);
            return font;
        }

        private CellStyle stil(Font font, boolean ram) {
            CellStyle stil = bok.createCellStyle();
            if (font != null) {
                stil.setFont(font);
            }
            if (ram) {
                stil.setBorderTop(BorderStyle.THIN);
                stil.setBorderBottom(BorderStyle.THIN);
                stil.setBorderLeft(BorderStyle.THIN);
                stil.setBorderRight(BorderStyle.THIN);
            }
            return stil;
        }

        private static CellStyle rubrikfalt(CellStyle stil) {
            stil.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            stil.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            stil.setVerticalAlignment(VerticalAlignment.BOTTOM);
            return stil;
        }
    }
}
