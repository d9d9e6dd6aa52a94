package se.riksnorm.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A {@link Skrivelse} as a Word document (docs/adr/0123), written by Apache POI's XWPF: A4 portrait, Arial (which
 * Liberation Sans matches in the PDF), headings in bold, tables with borders and their amounts to the right, the chart
 * as a picture, and every placeholder in square brackets with a yellow highlight, so the sakkunnig finds what is
 * hers to write. Plain paragraphs and runs only, so Word, LibreOffice and the kommun's template tools can edit it.
 */
public final class DocxSkrivelse {

    private static final String TYPSNITT = "Arial";
    /** Twentieths of a point: A4 is 11 906 × 16 838, margins 2,5 cm. */
    private static final long A4_BREDD = 11_906;
    private static final long A4_HOJD = 16_838;
    private static final long MARGINAL = 1_418;

    private DocxSkrivelse() {
    }

    public static byte[] skriv(Skrivelse s) {
        try (XWPFDocument dok = new XWPFDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            sida(dok);
            dok.getProperties().getCoreProperties().setTitle(s.dokumenttyp() + ": " + s.arende());
            dok.getProperties().getCoreProperties().setCreator(s.kommun());
            stycke(dok, s.kommun().toUpperCase(java.util.Locale.forLanguageTag("sv-SE")), true, 11);
            stycke(dok, s.dokumenttyp().toUpperCase(java.util.Locale.forLanguageTag("sv-SE")), true, 13);
            for (Skrivelse.Huvudrad rad : s.huvud()) {
                XWPFParagraph p = dok.createParagraph();
                p.setSpacingAfter(0);
                run(p, rad.etikett() + ": ", true, 10);
                del(p, rad.varde(), 10);
            }
            XWPFParagraph titel = dok.createParagraph();
            titel.setSpacingBefore(360);
            run(titel, s.arende(), true, 14);
            for (Skrivelse.Block block : s.block()) {
                block(dok, block);
            }
            dok.write(ut);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument dok, Skrivelse.Block block) {
        if (block instanceof Skrivelse.Rubrik r) {
            XWPFParagraph p = dok.createParagraph();
            p.setSpacingBefore(240);
            medNasta(p);
            run(p, r.text(), true, 12);
        } else if (block instanceof Skrivelse.Stycke st) {
            XWPFParagraph p = dok.createParagraph();
            st.delar().forEach(del -> del(p, del, 11));
        } else if (block instanceof Skrivelse.Punktlista lista) {
            for (int i = 0; i < lista.punkter().size(); i++) {
                XWPFParagraph p = dok.createParagraph();
                p.setIndentationLeft(360);
                p.setIndentationHanging(360);
                p.setSpacingAfter(60);
                run(p, (lista.numrerad() ? (i + 1) + ")" : "•") + "\t" + lista.punkter().get(i), false, 11);
            }
        } else if (block instanceof Skrivelse.Tabell t) {
            tabell(dok, t.tabell());
        } else if (block instanceof Skrivelse.Bild b) {
            XWPFParagraph p = dok.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(b.png()), XWPFDocument.PICTURE_TYPE_PNG, "diagram.png",
                        Units.pixelToEMU(b.bredd()), Units.pixelToEMU(b.hojd()));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("diagrammet kunde inte läggas in", e);
            }
            XWPFParagraph text = dok.createParagraph();
            run(text, b.alt(), false, 9).setItalic(true);
        } else if (block instanceof Skrivelse.Sidbrytning) {
            dok.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    private static void tabell(XWPFDocument dok, Tabellavsnitt t) {
        XWPFParagraph rubrik = dok.createParagraph();
        medNasta(rubrik);
        run(rubrik, t.rubrik(), true, 10);
        XWPFTable tabell = dok.createTable(t.rader().size() + 1, t.kolumner().size() + 1);
        tabell.setWidth("100%");
        rad(tabell.getRow(0), t.radrubrik(), t.kolumner(), true);
        for (int i = 0; i < t.rader().size(); i++) {
            Tabellrad r = t.rader().get(i);
            rad(tabell.getRow(i + 1), r.etikett(), r.celler().stream().map(Dokumentvarde::text).toList(), r.summa());
        }
        dok.createParagraph();
    }

    private static void rad(XWPFTableRow rad, String etikett, List<String> celler, boolean fet) {
        cell(rad.getCell(0), etikett, fet, false);
        for (int k = 0; k < celler.size(); k++) {
            cell(rad.getCell(k + 1), celler.get(k), fet, true);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean fet, boolean tal) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (tal) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        run(p, text == null ? "" : text, fet, 9);
    }

    /** On the same page as the paragraph after it (a heading with its text); POI needs the paragraph's properties first. */
    private static void medNasta(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    private static void stycke(XWPFDocument dok, String text, boolean fet, int storlek) {
        XWPFParagraph p = dok.createParagraph();
        p.setSpacingAfter(60);
        run(p, text, fet, storlek);
    }

    private static void del(XWPFParagraph p, Skrivelse.Textdel del, int storlek) {
        XWPFRun run = run(p, del.skriven(), false, storlek);
        if (del.platshallare()) {
            run.setTextHighlightColor("yellow");
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean fet, int storlek) {
        XWPFRun run = p.createRun();
        run.setFontFamily(TYPSNITT);
        run.setFontSize(storlek);
        run.setBold(fet);
        String[] rader = text.split("\n", -1);
        for (int i = 0; i < rader.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(rader[i], i);
        }
        return run;
    }

    private static void sida(XWPFDocument dok) {
        CTSectPr sektion = dok.getDocument().getBody().addNewSectPr();
        CTPageSz storlek = sektion.addNewPgSz();
        storlek.setW(BigInteger.valueOf(A4_BREDD));
        storlek.setH(BigInteger.valueOf(A4_HOJD));
        storlek.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar marginal = sektion.addNewPgMar();
        marginal.setTop(BigInteger.valueOf(MARGINAL));
        marginal.setBottom(BigInteger.valueOf(MARGINAL));
        marginal.setLeft(BigInteger.valueOf(MARGINAL));
        marginal.setRight(BigInteger.valueOf(MARGINAL));
    }
}
