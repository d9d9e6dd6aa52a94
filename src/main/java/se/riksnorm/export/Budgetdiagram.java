package se.riksnorm.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import se.riksnorm.domain.budget.Budgetpaverkan;

/**
 * The budget impact as a chart for the nämnd's papers (docs/adr/0122): försörjningsstöd per month by household type,
 * the two versions side by side as horizontal bars (the types' names read across), drawn by JFreeChart into a PNG at twice its size in the document (sharp on paper),
 * in Liberation Sans from the service's own jar so that nothing depends on the fonts of the host.
 */
public final class Budgetdiagram {

    /** The chart's size in the document, in CSS pixels (96 per inch): 16 × 9 cm. */
    public static final int BREDD = 605;
    public static final int HOJD = 340;
    private static final int SKALA = 2;
    private static final Color FORE = new Color(0x9e, 0xb3, 0xc8);
    private static final Color EFTER = new Color(0x1f, 0x4e, 0x79);

    private Budgetdiagram() {
    }

    /** The chart as PNG, {@link #BREDD} × {@link #HOJD} drawn at twice the pixels, without transparency (PDF/A). */
    public static byte[] png(Budgetpaverkan b) {
        JFreeChart diagram = diagram(b);
        BufferedImage bild = new BufferedImage(BREDD * SKALA, HOJD * SKALA, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = bild.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SKALA, SKALA);
            diagram.draw(g, new Rectangle2D.Double(0, 0, BREDD, HOJD));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try {
            ImageIO.write(bild, "png", ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /** What the chart shows, in words: its alternative text in the document. */
    public static String beskrivning(Budgetpaverkan b) {
        return "Stapeldiagram: försörjningsstöd per månad per hushållstyp, " + BudgetDokument.kort(b.fore()) + " och "
                + BudgetDokument.kort(b.efter()) + " bredvid varandra.";
    }

    static JFreeChart diagram(Budgetpaverkan b) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String fore = BudgetDokument.kort(b.fore());
        String efter = BudgetDokument.kort(b.efter());
        for (Budgetpaverkan.Typrad t : b.perTyp()) {
            data.addValue(t.forsorjningsstod().fore().perManad().belopp(), fore, t.typ().benamning());
            data.addValue(t.forsorjningsstod().efter().perManad().belopp(), efter, t.typ().benamning());
        }
        Font text = Typsnitt.INSTANS.vanlig.deriveFont(9f);
        Font rubrik = Typsnitt.INSTANS.fet.deriveFont(11f);
        CategoryAxis kategorier = new CategoryAxis();
        kategorier.setTickLabelFont(text);
        kategorier.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis kronor = new NumberAxis("kr per månad");
        kronor.setLabelFont(text);
        kronor.setTickLabelFont(text);
        kronor.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.forLanguageTag("sv-SE")));
        BarRenderer staplar = new BarRenderer();
        staplar.setBarPainter(new StandardBarPainter());
        staplar.setShadowVisible(false);
        staplar.setSeriesPaint(0, FORE);
        staplar.setSeriesPaint(1, EFTER);
        staplar.setItemMargin(0.05);
        CategoryPlot yta = new CategoryPlot(data, kategorier, kronor, staplar);
        yta.setOrientation(PlotOrientation.HORIZONTAL);
        yta.setBackgroundPaint(Color.WHITE);
        yta.setRangeGridlinePaint(new Color(0xcc, 0xcc, 0xcc));
        yta.setRangeGridlineStroke(new BasicStroke(0.5f));
        yta.setOutlineVisible(false);
        JFreeChart diagram = new JFreeChart(null, rubrik, yta, true);
        diagram.setTitle(new TextTitle("Försörjningsstöd per månad per hushållstyp", rubrik));
        diagram.setBackgroundPaint(Color.WHITE);
        diagram.setAntiAlias(true);
        LegendTitle forklaring = diagram.getLegend();
        forklaring.setItemFont(text);
        forklaring.setPosition(RectangleEdge.TOP);
        forklaring.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return diagram;
    }

    /** Liberation Sans, read once from the jar on the first chart. */
    private static final class Typsnitt {
        private static final Typsnitt INSTANS = new Typsnitt();
        private final Font vanlig = las("LiberationSans-Regular.ttf");
        private final Font fet = las("LiberationSans-Bold.ttf");

        private static Font las(String fil) {
            try (InputStream in = Budgetdiagram.class.getResourceAsStream("/liberation/" + fil)) {
                if (in == null) {
                    throw new IllegalStateException("typsnittet liberation/" + fil + " saknas på klassvägen (openpdf-fonts-extra)");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("typsnittet liberation/" + fil + " kan inte läsas", e);
            }
        }
    }
}
