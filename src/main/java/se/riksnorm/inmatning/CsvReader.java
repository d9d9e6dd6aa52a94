package se.riksnorm.inmatning;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the bilaga's CSV as the export writes it and as a spreadsheet saves it again: UTF-8 with or without a BOM
 * (else Windows-1252, what Swedish Excel saves), {@code ,} or {@code ;} between fields (whichever the heading line
 * uses), the columns found by their names in the heading line. At most {@value #STORSTA_ANTAL_RADER} lines.
 */
final class CsvReader {

    static final int STORSTA_ANTAL_RADER = 5_000;
    static final String AVSNITT = "avsnitt";
    static final String RAD = "rad";
    static final String KOLUMN = "kolumn";
    static final String CELL = "cell";
    static final String VARDE = "varde";
    private static final List<String> KOLUMNER = List.of(AVSNITT, RAD, KOLUMN, CELL, VARDE);
    private static final char BOM = '\uFEFF';
    private static final Pattern HELTAL = Pattern.compile("[-\\u2212]?[0-9]+([.,][0-9]+)?");
    private static final Pattern MELLANRUM = Pattern.compile("[\\s\\u00a0\\u202f]");

    private CsvReader() {
    }

    /** @param anmarkningar collects what the reader had to assume (the encoding) */
    static List<CsvRad> las(byte[] fil, List<String> anmarkningar) {
        String text = text(fil, anmarkningar);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        String rubrikrad = text.lines().findFirst().orElse("");
        char avgransare = rubrikrad.chars().filter(c -> c == ';').count() > rubrikrad.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(avgransare).setIgnoreEmptyLines(true).get();
        List<CsvRad> rader = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> index = null;
            for (CSVRecord post : parser) {
                int radnummer = (int) post.getRecordNumber();
                if (radnummer > STORSTA_ANTAL_RADER) {
                    throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.FOR_STOR, Plats.iCsv(radnummer, AVSNITT),
                            "Filen har fler än " + STORSTA_ANTAL_RADER + " rader; bilagans tabell ryms i några hundra.");
                }
                if (index == null) {
                    index = rubriker(post);
                    continue;
                }
                rader.add(new CsvRad(radnummer, falt(post, index, AVSNITT), falt(post, index, RAD), falt(post, index, KOLUMN),
                        falt(post, index, CELL), varde(Plats.iCsv(radnummer, VARDE), falt(post, index, VARDE))));
            }
            if (index == null) {
                throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OGILTIG_TABELL, null, "Filen är tom.");
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OGILTIG_TABELL, null, "Filen är inte läsbar CSV: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        return rader;
    }

    private static Map<String, Integer> rubriker(CSVRecord rubrikrad) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rubrikrad.size(); i++) {
            index.putIfAbsent(rubrikrad.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<Tabellfel> fel = new ArrayList<>();
        for (String kolumn : KOLUMNER) {
            if (!index.containsKey(kolumn)) {
                fel.add(new Tabellfel(Plats.iCsv(1, kolumn), "kolumnen '" + kolumn + "' saknas i rubrikraden (" + String.join(", ",
                        KOLUMNER) + " behövs; raden har " + String.join(", ", rubrikrad.toList()) + ")"));
            }
        }
        if (!fel.isEmpty()) {
            throw new InmatningAvvisad(InmatningAvvisad.Orsak.OGILTIG_TABELL, "Rubrikraden saknar " + fel.size() + " kolumner.", fel);
        }
        return index;
    }

    private static String falt(CSVRecord post, Map<String, Integer> index, String kolumn) {
        int i = index.get(kolumn);
        return i < post.size() ? post.get(i).strip() : "";
    }

    /** A value as a number where it is written as one ("2026", "-34", "1 042"), else as text. */
    private static Ruta varde(Plats plats, String text) {
        String siffror = MELLANRUM.matcher(text).replaceAll("");
        if (HELTAL.matcher(siffror).matches()) {
            return new Ruta(plats, new BigDecimal(siffror.replace('\u2212', '-').replace(',', '.')), text, null);
        }
        return new Ruta(plats, null, text, text.startsWith("=") ? text : null);
    }

    private static String text(byte[] fil, List<String> anmarkningar) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(fil)).toString();
        } catch (CharacterCodingException e) {
            anmarkningar.add("Filen är inte UTF-8; den lästes som Windows-1252, som svenska Excel sparar CSV.");
            return new String(fil, Charset.forName("windows-1252"));
        }
    }
}
