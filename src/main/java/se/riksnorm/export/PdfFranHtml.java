package se.riksnorm.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * An HTML page printed to PDF/A-2a by openhtmltopdf (docs/adr/0016): the page's own CSS lays it out
 * ({@code @page} for size and margins), every glyph comes from Liberation Sans embedded in the file, the file
 * declares sRGB as its output intent and is tagged (headings, tables, lists) for screen readers. The same
 * template thus serves the browser and the archive. Anything the page refers to outside itself (an image, a
 * style sheet, a font by address) is refused: nothing is fetched while printing.
 *
 * <p>The renderer and its fonts load on the first PDF, not when the service starts: a service that never
 * prints one pays nothing for it. Each call renders on its own; calls may run at the same time.
 */
public final class PdfFranHtml {

    /** Sans-serif, metrically the same as Arial, so the browser's print of the template (Arial) breaks lines alike. */
    public static final String TYPSNITT = "Liberation Sans";

    private PdfFranHtml() {
    }

    /**
     * @param html a whole HTML page (HTML5 is fine), its language in {@code <html lang>} and its title in
     *             {@code <title>}: both go into the PDF's metadata
     */
    public static byte[] skriv(String html) {
        Resurser resurser = Resurser.INSTANS;
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        // the renderer saves and closes the document it was given
        PDDocument dokument = new PDDocument();
        PdfRendererBuilder pdf = new PdfRendererBuilder()
                .usePDDocument(dokument)
                .useFastMode()
                .withW3cDocument(W3CDom.convert(Jsoup.parse(html)), null)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .usePdfUaAccessibility(true)
                .useColorProfile(resurser.srgb)
                .useExternalResourceAccessControl((adress, typ) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((adress, typ) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("riksnorm")
                .toStream(ut);
        for (Typsnitt typsnitt : resurser.typsnitt) {
            pdf.useFont(new Inbaddning(dokument, typsnitt.ttf()), TYPSNITT, typsnitt.vikt(), typsnitt.stil(), true);
        }
        try (dokument) {
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /**
     * A font embedded as a subset, loaded only if the page uses it, with its glyph substitutions (GSUB) off: the
     * bilaga needs no ligatures (an "ﬁ" glyph would only make the text harder to search), and PDFBox applies
     * them with a regular expression per word, which took half of a bilaga's time and allocation.
     */
    private static final class Inbaddning extends PDFontSupplier {
        private final PDDocument dokument;
        private final byte[] ttf;

        private Inbaddning(PDDocument dokument, byte[] ttf) {
            super(null);
            this.dokument = dokument;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            try {
                TrueTypeFont typsnitt = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                typsnitt.setEnableGsub(false);
                return PDType0Font.load(dokument, typsnitt, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Typsnitt(int vikt, FontStyle stil, byte[] ttf) {
    }

    /** Loaded once, on the first PDF (the holder idiom: the JVM initialises it on first use, thread-safely). */
    private static final class Resurser {
        private static final Resurser INSTANS = new Resurser();

        private final List<Typsnitt> typsnitt;
        private final byte[] srgb;

        private Resurser() {
            typsnitt = List.of(
                    typsnitt("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
                    typsnitt("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
                    typsnitt("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
                    typsnitt("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
            srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            EgnaTypsnitt.anvand(typsnitt.get(0).ttf());
            XRLog.setLoggerImpl(new RenderarLogg());
        }

        private static Typsnitt typsnitt(String fil, int vikt, FontStyle stil) {
            try (InputStream in = PdfFranHtml.class.getResourceAsStream("/liberation/" + fil)) {
                if (in == null) {
                    throw new IllegalStateException("typsnittet liberation/" + fil + " saknas på klassvägen (openpdf-fonts-extra)");
                }
                return new Typsnitt(vikt, stil, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
