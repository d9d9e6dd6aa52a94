package se.riksnorm.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** Reads a generated PDF back with OpenPDF's own reader, as a person would search it. */
public final class Pdf {

    private Pdf() {
    }

    /** Every page's text; no-break spaces read as spaces, runs of blanks as one. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int sida = 1; sida <= reader.getNumberOfPages(); sida++) {
                text.append(extractor.getTextFromPage(sida)).append('\n');
            }
            return text.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
        } finally {
            reader.close();
        }
    }

    /**
     * The text without any white space. The extractor does not separate a table's cells, so a table row is
     * compared this way, the expected row stripped the same way.
     */
    public static String utanMellanrum(String text) {
        return text.replaceAll("\\s+", "");
    }
}
