package se.riksnorm.inmatning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded XLSX workbook's cells, bounded in every way a hostile file could grow: the package is opened with
 * POI's zip-bomb guard (an entry may not inflate more than 100 times, nor beyond {@value #STORSTA_DEL} bytes), the
 * sheets are read as a stream of XML events (never a whole document in memory), and the reading stops at
 * {@value #STORSTA_ANTAL_RUTOR} cells. A macro-enabled (.xlsm), binary (.xlsb) or old (.xls) workbook is refused
 * unread. Numbers are taken as written in the file, exactly; formulas are never evaluated.
 */
final class XlsxReader {

    /** The largest part of the package, unpacked: the bilaga's sheet is about 30 kB. */
    static final long STORSTA_DEL = 4L * 1024 * 1024;
    static final int STORSTA_ANTAL_RUTOR = 20_000;
    static final int STORSTA_RAD = 5_000;
    static final int STORSTA_KOLUMN = 200;
    private static final double MINSTA_PACKNINGSKVOT = 0.01;
    private static final String ARBETSBOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MALL = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

    static {
        ZipSecureFile.setMinInflateRatio(MINSTA_PACKNINGSKVOT);
        ZipSecureFile.setMaxEntrySize(STORSTA_DEL);
    }

    private XlsxReader() {
    }

    static List<Blad> las(byte[] fil) {
        kravArbetsbok(fil);
        try (OPCPackage paket = OPCPackage.open(new ByteArrayInputStream(fil))) {
            kravUtanMakron(paket);
            XSSFReader lasare = new XSSFReader(paket);
            ReadOnlySharedStringsTable texter = new ReadOnlySharedStringsTable(paket, false);
            List<Blad> blad = new ArrayList<>();
            int[] antal = {0};
            XSSFReader.SheetIterator sidor = lasare.getSheetIterator();
            while (sidor.hasNext()) {
                try (InputStream sida = sidor.next()) {
                    blad.add(lasBlad(sidor.getSheetName(), sida, texter, antal));
                }
            }
            return blad;
        } catch (InmatningAvvisad e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null,
                    "Filen är inte en läsbar Excel-arbetsbok (.xlsx): " + e.getMessage());
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            for (Throwable orsak = e; orsak != null; orsak = orsak.getCause()) {
                if (orsak instanceof InmatningAvvisadSax sax) {
                    throw sax.avvisad;
                }
            }
            throw oLasbar(e);
        }
    }

    private static void kravArbetsbok(byte[] fil) {
        FileMagic slag;
        try {
            slag = FileMagic.valueOf(new ByteArrayInputStream(fil));
        } catch (IOException e) {
            slag = FileMagic.UNKNOWN;
        }
        if (slag == FileMagic.OLE2) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null, "Filen är en arbetsbok i det gamla "
                    + "formatet (.xls) eller en krypterad arbetsbok; spara den som Excel-arbetsbok (.xlsx) utan lösenord.");
        }
        if (slag != FileMagic.OOXML) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null,
                    "Filen är inte en Excel-arbetsbok (.xlsx); tabellen tas emot som XLSX, CSV eller JSON.");
        }
    }

    /** A workbook with macros (or a binary one) is refused whole: the service never stores or opens code. */
    private static void kravUtanMakron(OPCPackage paket) throws InvalidFormatException {
        for (PackagePart del : paket.getParts()) {
            String namn = del.getPartName().getName().toLowerCase(Locale.ROOT);
            String typ = del.getContentType().toLowerCase(Locale.ROOT);
            if (namn.contains("vbaproject") || typ.contains("macroenabled") || typ.contains("vbaproject") || typ.contains("binary")) {
                throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null, "Arbetsboken innehåller makron eller "
                        + "är binär (.xlsm/.xlsb, delen " + del.getPartName().getName() + "); spara den som Excel-arbetsbok (.xlsx) "
                        + "utan makron.");
            }
        }
        boolean arbetsbok = paket.getParts().stream().anyMatch(d -> d.getContentType().equals(ARBETSBOK) || d.getContentType().equals(MALL));
        if (!arbetsbok) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null,
                    "Filen är ett Office-dokument men inte en Excel-arbetsbok (.xlsx).");
        }
    }

    private static InmatningAvvisad oLasbar(Exception e) {
        String orsak = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("Zip bomb") || text.contains("max. ratio") || text.contains("exceed the max") || text.contains("MaxEntrySize")) {
                return InmatningAvvisad.enda(InmatningAvvisad.Orsak.FOR_STOR, null, "Arbetsboken packas upp till mer än tjänsten "
                        + "läser (en del större än " + STORSTA_DEL / (1024 * 1024) + " MB eller packad mer än " + Math.round(1 / MINSTA_PACKNINGSKVOT)
                        + " gånger): den läses inte.");
            }
        }
        return InmatningAvvisad.enda(InmatningAvvisad.Orsak.OTILLATEN_FIL, null, "Arbetsboken kunde inte läsas: "
                + orsak.lines().findFirst().orElse(""));
    }

    private static Blad lasBlad(String namn, InputStream sida, ReadOnlySharedStringsTable texter, int[] antal)
            throws IOException, SAXException {
        Bladhandlare handlare = new Bladhandlare(namn, texter, antal);
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handlare);
            xml.parse(new InputSource(sida));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("XML-läsaren kunde inte skapas", e);
        }
        return new Blad(namn, handlare.rader, handlare.formler);
    }

    /** Collects a sheet's cells from its XML: {@code <c r="B5" t="s"><f>…</f><v>…</v><is><t>…</t></is></c>}. */
    private static final class Bladhandlare extends DefaultHandler {

        private final String blad;
        private final ReadOnlySharedStringsTable texter;
        private final int[] antal;
        private final SortedMap<Integer, SortedMap<Integer, Ruta>> rader = new TreeMap<>();
        private final List<Ruta> formler = new ArrayList<>();
        private final StringBuilder innehall = new StringBuilder();
        private int rad;
        private int kolumn = -1;
        private String typ;
        private String varde;
        private String formel;
        private StringBuilder inlinetext;
        private boolean samlar;

        Bladhandlare(String blad, ReadOnlySharedStringsTable texter, int[] antal) {
            this.blad = blad;
            this.texter = texter;
            this.antal = antal;
        }

        @Override
        public void startElement(String uri, String lokalt, String namn, Attributes attribut) throws SAXException {
            switch (lokalt) {
                case "row" -> {
                    String r = attribut.getValue("r");
                    rad = r == null ? rad + 1 : Integer.parseInt(r);
                    kolumn = -1;
                    if (rad > STORSTA_RAD) {
                        throw forStor("rad " + rad);
                    }
                }
                case "c" -> {
                    String referens = attribut.getValue("r");
                    kolumn = referens == null ? kolumn + 1 : kolumn(referens);
                    if (kolumn >= STORSTA_KOLUMN) {
                        throw forStor("kolumn " + Plats.bokstaver(kolumn));
                    }
                    typ = attribut.getValue("t");
                    varde = null;
                    formel = null;
                    inlinetext = null;
                }
                case "v", "f" -> {
                    innehall.setLength(0);
                    samlar = true;
                }
                case "is" -> inlinetext = new StringBuilder();
                case "t" -> {
                    if (inlinetext != null) {
                        innehall.setLength(0);
                        samlar = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] tecken, int start, int langd) throws SAXException {
            if (samlar) {
                if (innehall.length() + langd > 10_000) {
                    throw forStor("en cell med mer än 10 000 tecken");
                }
                innehall.append(tecken, start, langd);
            }
        }

        @Override
        public void endElement(String uri, String lokalt, String namn) throws SAXException {
            switch (lokalt) {
                case "v" -> {
                    varde = innehall.toString();
                    samlar = false;
                }
                case "f" -> {
                    formel = innehall.toString();
                    samlar = false;
                }
                case "t" -> {
                    if (inlinetext != null && samlar) {
                        inlinetext.append(innehall);
                        samlar = false;
                    }
                }
                case "c" -> ruta();
                default -> {
                }
            }
        }

        private void ruta() throws SAXException {
            if (++antal[0] > STORSTA_ANTAL_RUTOR) {
                throw forStor("fler än " + STORSTA_ANTAL_RUTOR + " celler");
            }
            Plats plats = Plats.iBlad(blad, rad, kolumn);
            Ruta ruta;
            if (formel != null) {
                ruta = new Ruta(plats, null, varde, formel.isEmpty() ? "(delad formel)" : formel);
                formler.add(ruta);
            } else if ("s".equals(typ)) {
                ruta = new Ruta(plats, null, delad(varde), null);
            } else if ("inlineStr".equals(typ)) {
                ruta = new Ruta(plats, null, inlinetext == null ? "" : inlinetext.toString(), null);
            } else if (typ == null || "n".equals(typ)) {
                ruta = varde == null ? null : new Ruta(plats, tal(varde), varde, null);
            } else {
                ruta = new Ruta(plats, null, varde, null); // b, e, str, d: a truth value, an error, a date: text, not a number
            }
            if (ruta != null) {
                rader.computeIfAbsent(rad, r -> new TreeMap<>()).put(kolumn, ruta);
            }
        }

        private String delad(String index) throws SAXException {
            try {
                return texter.getItemAt(Integer.parseInt(index.strip())).getString();
            } catch (RuntimeException e) {
                throw new SAXException("en cell pekar på en text som inte finns (" + index + ")");
            }
        }

        private static BigDecimal tal(String text) {
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static int kolumn(String referens) {
            int kolumn = 0;
            int i = 0;
            while (i < referens.length() && Character.isLetter(referens.charAt(i)) && i < 4) {
                kolumn = kolumn * 26 + (Character.toUpperCase(referens.charAt(i)) - 'A' + 1);
                i++;
            }
            return kolumn - 1;
        }

        private InmatningAvvisadSax forStor(String vad) {
            return new InmatningAvvisadSax(InmatningAvvisad.enda(InmatningAvvisad.Orsak.FOR_STOR, Plats.iBlad(blad, Math.max(rad, 1),
                    Math.max(kolumn, 0)), "Bladet är större än tjänsten läser (" + vad + "); bilagans tabell ryms i " + STORSTA_RAD
                    + " rader, " + STORSTA_KOLUMN + " kolumner och " + STORSTA_ANTAL_RUTOR + " celler."));
        }
    }

    /** Carries a refusal out through the XML parser, which only lets SAXExceptions pass. */
    private static final class InmatningAvvisadSax extends SAXException {
        private final transient InmatningAvvisad avvisad;

        InmatningAvvisadSax(InmatningAvvisad avvisad) {
            super(avvisad.getMessage());
            this.avvisad = avvisad;
        }
    }
}
