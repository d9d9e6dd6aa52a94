package se.riksnorm.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * A {@link Dokument} as PDF, by OpenPDF (docs/adr/0013): A4 landscape, the bilaga's tables with the amounts
 * right-aligned and the sum rows in bold. Helvetica in its standard encoding (windows-1252) covers å, ä, ö,
 * §, × and the en dash, and needs no embedded font; the few characters it lacks are spelled in ones it has
 * (− as –, → as ->), so the text can also be extracted and searched.
 */
public final class PdfDokument {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final float MARGINAL = 36;
    private static final Color RUBRIKFARG = new Color(235, 235, 235);
    /** The label column is wider than the value columns, as in the seed's bilaga. */
    private static final float ETIKETTBREDD = 2.6f;
    private static final int SMAL_TABELL = 5;

    private PdfDokument() {
    }

    public static byte[] skriv(Dokument d) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), MARGINAL, MARGINAL, MARGINAL, MARGINAL);
        try {
            PdfWriter.getInstance(pdf, ut);
            pdf.addTitle(text(d.titel()));
            pdf.addSubject(text(d.underrubrik()));
            pdf.addCreator("riksnorm");
            pdf.open();
            Fonter f = new Fonter();
            pdf.add(new Paragraph(text(d.titel().toUpperCase(java.util.Locale.ROOT)), f.titel));
            pdf.add(new Paragraph(text(d.underrubrik()), f.kursiv));
            for (String rad : d.inledning()) {
                pdf.add(new Paragraph(text(rad), f.brod));
            }
            for (Avsnitt avsnitt : d.avsnitt()) {
                Paragraph rubrik = new Paragraph(text(avsnitt.rubrik()), f.rubrik);
                rubrik.setSpacingBefore(10);
                rubrik.setSpacingAfter(4);
                pdf.add(rubrik);
                if (avsnitt instanceof Tabellavsnitt tabell) {
                    pdf.add(tabell(tabell, f));
                } else if (avsnitt instanceof Textavsnitt stycken) {
                    for (String stycke : stycken.stycken()) {
                        pdf.add(new Paragraph(text(stycke), f.brod));
                    }
                }
            }
        } finally {
            pdf.close();
        }
        return ut.toByteArray();
    }

    private static PdfPTable tabell(Tabellavsnitt tabell, Fonter f) {
        float[] bredder = new float[tabell.kolumner().size() + 1];
        java.util.Arrays.fill(bredder, 1);
        bredder[0] = ETIKETTBREDD;
        PdfPTable pdf = new PdfPTable(bredder);
        // the bilaga's wide tables fill the page; a narrow one (the comparison) does not stretch its figures apart
        pdf.setWidthPercentage(tabell.kolumner().size() > SMAL_TABELL ? 100 : 70);
        pdf.setHeaderRows(1);
        pdf.addCell(cell(tabell.radrubrik(), f.kolumnrubrik, Element.ALIGN_LEFT, true));
        tabell.kolumner().forEach(kolumn -> pdf.addCell(cell(kolumn, f.kolumnrubrik, Element.ALIGN_RIGHT, true)));
        for (Tabellrad rad : tabell.rader()) {
            Font font = rad.summa() ? f.fet : f.liten;
            pdf.addCell(cell(rad.etikett(), font, Element.ALIGN_LEFT, false));
            // a space inside a number is a no-break space: "2 026" never splits over two lines
            rad.celler().forEach(varde -> pdf.addCell(cell(varde.text().replace(' ', '\u00a0'), font, Element.ALIGN_RIGHT, false)));
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font, int justering, boolean rubrik) {
        PdfPCell cell = new PdfPCell(new Phrase(text(text), font));
        cell.setHorizontalAlignment(justering);
        cell.setPadding(2);
        if (rubrik) {
            cell.setBackgroundColor(RUBRIKFARG);
        }
        return cell;
    }

    /** The text in characters Helvetica's standard encoding has. */
    static String text(String text) {
        String utbytt = text.replace('\u2212', '\u2013').replace("\u2192", "->");
        CharsetEncoder kodare = WINDOWS_1252.newEncoder();
        StringBuilder ut = new StringBuilder(utbytt.length());
        utbytt.codePoints().forEach(c -> ut.append(kodare.canEncode(new String(Character.toChars(c))) ? new String(Character.toChars(c)) : "?"));
        return ut.toString();
    }

    /** The fonts of one document: built per document, OpenPDF's fonts are not shared between writers. */
    private static final class Fonter {
        private final Font titel;
        private final Font rubrik;
        private final Font kursiv;
        private final Font brod;
        private final Font liten;
        private final Font fet;
        private final Font kolumnrubrik;

        private Fonter() {
            try {
                BaseFont helvetica = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                BaseFont helveticaFet = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                BaseFont helveticaKursiv = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                titel = new Font(helveticaFet, 13);
                rubrik = new Font(helveticaFet, 10.5f);
                kursiv = new Font(helveticaKursiv, 10);
                brod = new Font(helvetica, 9.5f);
                liten = new Font(helvetica, 8.5f);
                fet = new Font(helveticaFet, 8.5f);
                kolumnrubrik = new Font(helvetica, 7.5f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
