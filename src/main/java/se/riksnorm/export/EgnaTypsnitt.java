package se.riksnorm.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's answer when it is asked for a font that is not embedded: Liberation Sans from the jar. openhtmltopdf
 * builds a Helvetica form resource in every document (unused: the bilaga has no form), and PDFBox's default
 * mapper answers that by scanning every font installed on the host and writing a cache file into the home
 * directory. This service embeds all it prints, so the scan, the cache file and any dependence on the host's
 * fonts go. PDFBox has one mapper per JVM; set once, on the first PDF.
 */
final class EgnaTypsnitt implements FontMapper {

    private final TrueTypeFont typsnitt;

    private EgnaTypsnitt(TrueTypeFont typsnitt) {
        this.typsnitt = typsnitt;
    }

    static void anvand(byte[] ttf) {
        try {
            FontMappers.set(new EgnaTypsnitt(new TTFParser().parse(new RandomAccessReadBuffer(ttf))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // "not a fallback": the substitution is this service's choice, and PDFBox would warn of each one
    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String namn, PDFontDescriptor beskrivning) {
        return new FontMapping<>(typsnitt, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String namn, PDFontDescriptor beskrivning) {
        return new FontMapping<>(typsnitt, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String namn, PDFontDescriptor beskrivning, PDCIDSystemInfo tecken) {
        return new CIDFontMapping(null, typsnitt, false);
    }
}
