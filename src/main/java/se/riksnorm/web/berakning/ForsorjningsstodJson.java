package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Nedsattningsgrund;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.web.http.StriktJson;

/**
 * A batch line in the plain form every client writes, read by Jackson's streaming parser straight into
 * {@link ForsorjningsstodRequest} (docs/adr/0125): each field of the request at most once, each value of its own kind (text
 * in quotes, a whole number in range, true or false, a list of objects), the required fields present, nothing after the
 * object. Anything else — {@code null}, an unknown or repeated field, a value of another kind, a number out of range —
 * answers {@code null}, and the line is read by {@link StriktJson#las}, whose problem names the field: so what a line
 * means, and every refusal's wording, stay exactly the strict reader's. Micronaut Serialization's introspection per
 * line was a fifth of a batch line's time.
 */
final class ForsorjningsstodJson {

    /** The line is not in the plain form: leave it to the strict reader. No stack trace: it is a branch, not a fault. */
    private static final class InteEnkel extends RuntimeException {

        private static final InteEnkel INSTANS = new InteEnkel();

        private InteEnkel() {
            super(null, null, false, false);
        }
    }

    /**
     * Jackson's defaults, as {@link StriktJson}'s parser but for its check of repeated names, which costs a set per object
     * (2 KB a line): here a field already read is a repeated name ({@link #enGang}), a month in dagarPerManad too.
     */
    private static final JsonFactory FABRIK = new JsonFactory();
    private static final Konstantnamn ROLLER = new Konstantnamn(Roll.class);
    private static final Konstantnamn KOSTNADSTYPER = new Konstantnamn(Kostnadstyp.class);
    private static final Konstantnamn INKOMSTTYPER = new Konstantnamn(Inkomsttyp.class);
    private static final Konstantnamn GRUNDER = new Konstantnamn(Nedsattningsgrund.class);

    private ForsorjningsstodJson() {
    }

    /** The line as the request, or {@code null} where only the strict reader may answer. */
    static ForsorjningsstodRequest las(byte[] rad) {
        try (Skickparser tolk = new Skickparser(rad, rad.length)) {
            return tolk.las(0, rad.length, false);
        }
    }

    /**
     * The lines of one chunk read by one parser, each line where the one before ended: a parser costs some 650 bytes and
     * 0.1 µs to make, a tenth of what a batch line allocated (docs/adr/0129). A line is read as it would be alone: its
     * object must end on it, with only blanks after; anything else — the object running over the line's end, something
     * after it, a syntax error — answers {@code null} for that line, and the next line gets a parser of its own.
     */
    static final class Skickparser implements AutoCloseable {

        /** The first byte of UTF-8's byte-order mark. */
        private static final byte BOM = (byte) 0xEF;

        private final byte[] bytes;
        private final int slut;
        private JsonParser parser;
        /** Where the parser began: its offsets count from here. */
        private int borjan;

        /** @param slut the end of the chunk's lines in {@code bytes} */
        Skickparser(byte[] bytes, int slut) {
            this.bytes = bytes;
            this.slut = slut;
        }

        /**
         * The line {@code bytes[fran .. fran + langd)} as the request, or {@code null} where only the strict reader may
         * answer.
         *
         * @param iFoljd the line comes right after the one read before, nothing but its line end between them
         */
        ForsorjningsstodRequest las(int fran, int langd, boolean iFoljd) {
            try {
                // a parser skips a byte-order mark only where it begins
                if (parser == null || !iFoljd || (langd > 0 && bytes[fran] == BOM)) {
                    close();
                    parser = FABRIK.createParser(bytes, fran, slut - fran);
                    borjan = fran;
                }
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    ForsorjningsstodRequest request = hushall(parser);
                    long efter = borjan + parser.currentLocation().getByteOffset();
                    if (efter <= fran + langd && blankt(bytes, (int) efter, fran + langd)) {
                        return request;
                    }
                }
            } catch (IOException | InteEnkel e) {
                // a syntax error, or a value not in the plain form
            }
            close();
            return null;
        }

        @Override
        public void close() {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a parser over bytes closes nothing that can fail
                }
                parser = null;
            }
        }

        /** JSON's white space only, as after a value the parser would read to the end. */
        private static boolean blankt(byte[] bytes, int fran, int till) {
            for (int i = fran; i < till; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
            return true;
        }
    }

    private static ForsorjningsstodRequest hushall(JsonParser p) throws IOException {
        String kommun = null;
        String manad = null;
        String fran = null;
        String till = null;
        List<MedlemRequest> medlemmar = null;
        Integer ovriga = null;
        List<KostnadRequest> kostnader = null;
        List<InkomstRequest> inkomster = null;
        List<NedsattningRequest> nedsattningar = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String namn = p.currentName();
            p.nextToken();
            switch (namn) {
                case "kommun" -> kommun = enGang(kommun, text(p));
                case "manad" -> manad = enGang(manad, text(p));
                case "fran" -> fran = enGang(fran, text(p));
                case "till" -> till = enGang(till, text(p));
                case "medlemmar" -> {
                    medlemmar = enGang(medlemmar, new ArrayList<>(4));
                    lista(p);
                    while (element(p)) {
                        medlemmar.add(medlem(p));
                    }
                }
                case "ovrigaIHushallet" -> ovriga = enGang(ovriga, litetHeltal(p));
                case "kostnader" -> {
                    kostnader = enGang(kostnader, new ArrayList<>(4));
                    lista(p);
                    while (element(p)) {
                        kostnader.add(kostnad(p));
                    }
                }
                case "inkomster" -> {
                    inkomster = enGang(inkomster, new ArrayList<>(4));
                    lista(p);
                    while (element(p)) {
                        inkomster.add(inkomst(p));
                    }
                }
                case "nedsattningar" -> {
                    nedsattningar = enGang(nedsattningar, new ArrayList<>(2));
                    lista(p);
                    while (element(p)) {
                        nedsattningar.add(nedsattning(p));
                    }
                }
                default -> throw InteEnkel.INSTANS;
            }
        }
        kravs(kommun);
        kravs(medlemmar);
        return new ForsorjningsstodRequest(kommun, manad, fran, till, medlemmar, ovriga, kostnader, inkomster, nedsattningar);
    }

    private static MedlemRequest medlem(JsonParser p) throws IOException {
        String id = null;
        String fodelsedatum = null;
        Integer alder = null;
        String roll = null;
        Integer dagar = null;
        Boolean lunch = null;
        Boolean skolgang = null;
        Long tidigare = null;
        Map<String, Integer> dagarPerManad = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String namn = p.currentName();
            p.nextToken();
            switch (namn) {
                case "id" -> id = enGang(id, text(p));
                case "fodelsedatum" -> fodelsedatum = enGang(fodelsedatum, text(p));
                case "alder" -> alder = enGang(alder, litetHeltal(p));
                case "roll" -> roll = enGang(roll, namn(p, ROLLER));
                case "dagar" -> dagar = enGang(dagar, litetHeltal(p));
                case "lunchIForskolan" -> lunch = enGang(lunch, sanning(p));
                case "skolgang" -> skolgang = enGang(skolgang, sanning(p));
                case "arbetsinkomstTidigareIAr" -> tidigare = enGang(tidigare, heltal(p));
                case "dagarPerManad" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw InteEnkel.INSTANS;
                    }
                    dagarPerManad = enGang(dagarPerManad, new LinkedHashMap<>());
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String manad = p.currentName();
                        p.nextToken();
                        enGang(dagarPerManad.put(manad, litetHeltal(p)), manad);
                    }
                }
                default -> throw InteEnkel.INSTANS;
            }
        }
        kravs(roll);
        return new MedlemRequest(id, fodelsedatum, alder, roll, dagar, lunch, skolgang, tidigare, dagarPerManad);
    }

    private static KostnadRequest kostnad(JsonParser p) throws IOException {
        String typ = null;
        Long belopp = null;
        String beskrivning = null;
        String manad = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String namn = p.currentName();
            p.nextToken();
            switch (namn) {
                case "typ" -> typ = enGang(typ, namn(p, KOSTNADSTYPER));
                case "belopp" -> belopp = enGang(belopp, heltal(p));
                case "beskrivning" -> beskrivning = enGang(beskrivning, text(p));
                case "manad" -> manad = enGang(manad, text(p));
                default -> throw InteEnkel.INSTANS;
            }
        }
        kravs(typ);
        kravs(belopp);
        return new KostnadRequest(typ, belopp, beskrivning, manad);
    }

    private static InkomstRequest inkomst(JsonParser p) throws IOException {
        String typ = null;
        Long belopp = null;
        String medlem = null;
        Boolean jobbstimulans = null;
        String beskrivning = null;
        String manad = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String namn = p.currentName();
            p.nextToken();
            switch (namn) {
                case "typ" -> typ = enGang(typ, namn(p, INKOMSTTYPER));
                case "belopp" -> belopp = enGang(belopp, heltal(p));
                case "medlem" -> medlem = enGang(medlem, text(p));
                case "jobbstimulans" -> jobbstimulans = enGang(jobbstimulans, sanning(p));
                case "beskrivning" -> beskrivning = enGang(beskrivning, text(p));
                case "manad" -> manad = enGang(manad, text(p));
                default -> throw InteEnkel.INSTANS;
            }
        }
        kravs(typ);
        kravs(belopp);
        return new InkomstRequest(typ, belopp, medlem, jobbstimulans, beskrivning, manad);
    }

    private static NedsattningRequest nedsattning(JsonParser p) throws IOException {
        Long belopp = null;
        String grund = null;
        String motivering = null;
        String manad = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String namn = p.currentName();
            p.nextToken();
            switch (namn) {
                case "belopp" -> belopp = enGang(belopp, heltal(p));
                case "grund" -> grund = enGang(grund, namn(p, GRUNDER));
                case "motivering" -> motivering = enGang(motivering, text(p));
                case "manad" -> manad = enGang(manad, text(p));
                default -> throw InteEnkel.INSTANS;
            }
        }
        kravs(belopp);
        kravs(grund);
        kravs(motivering);
        return new NedsattningRequest(belopp, grund, motivering, manad);
    }

    private static void lista(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw InteEnkel.INSTANS;
        }
    }

    /** In a list of objects: {@code true} standing at the next object, {@code false} at the list's end. */
    private static boolean element(JsonParser p) throws IOException {
        JsonToken nasta = p.nextToken();
        if (nasta == JsonToken.START_OBJECT) {
            return true;
        }
        if (nasta == JsonToken.END_ARRAY) {
            return false;
        }
        throw InteEnkel.INSTANS;
    }

    /** A text that names one of an enum's constants, read without a string of its own when it does. */
    private static String namn(JsonParser p, Konstantnamn konstanter) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InteEnkel.INSTANS;
        }
        return konstanter.las(p);
    }

    private static String text(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InteEnkel.INSTANS;
        }
        return p.getText();
    }

    private static Long heltal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw InteEnkel.INSTANS;
        }
        JsonParser.NumberType typ = p.getNumberType();
        if (typ != JsonParser.NumberType.INT && typ != JsonParser.NumberType.LONG) {
            throw InteEnkel.INSTANS;
        }
        return p.getLongValue();
    }

    private static Integer litetHeltal(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw InteEnkel.INSTANS;
        }
        return p.getIntValue();
    }

    private static Boolean sanning(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw InteEnkel.INSTANS;
    }

    /** A field read once: one read before (never null here, a null value is not plain) means the name is repeated. */
    private static <T> T enGang(Object tidigare, T varde) {
        if (tidigare != null) {
            throw InteEnkel.INSTANS;
        }
        return varde;
    }

    /** A field the request record requires: missing, the strict reader says how. */
    private static void kravs(Object varde) {
        if (varde == null) {
            throw InteEnkel.INSTANS;
        }
    }
}
