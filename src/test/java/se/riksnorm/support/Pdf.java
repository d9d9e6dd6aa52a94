package se.riksnorm.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back with PDFBox, as a person would search it and an archive would inspect it. */
public final class Pdf {

    private Pdf() {
    }

    /**
     * Every page's text in reading order, all white space (line breaks too) as one space: a sentence is found
     * wherever the layout broke its lines.
     */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(dokument).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    /**
     * The text without any white space: a table row is compared this way, the expected row stripped the same
     * way, so that how the extractor spaces the cells does not matter.
     */
    public static String utanMellanrum(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }

    /** Every font a page uses, as "name embedded|NOT EMBEDDED". */
    public static List<String> typsnitt(byte[] pdf) throws IOException {
        List<String> typsnitt = new ArrayList<>();
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            for (PDPage sida : dokument.getPages()) {
                PDResources resurser = sida.getResources();
                for (COSName namn : resurser.getFontNames()) {
                    PDFont font = resurser.getFont(namn);
                    typsnitt.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
                }
            }
        }
        return typsnitt;
    }
}
