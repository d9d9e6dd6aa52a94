package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import se.riksnorm.domain.berakning.Anmarkning;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Normunderlag;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.fordelning.Kommun;

/**
 * A batch's answer line with {@code detalj=summering}, written straight to bytes by Jackson's generator: byte for byte
 * what Micronaut Serialization writes for {@code BatchRadResponse(rad, summering, null)} (every field, nulls included;
 * {@code SummeringsradTest} compares them), without building the response records. What repeats from line to line
 * (the kommun, the {@code normer} block and the notes of a kommun's month, one object each in the prepared rules) is
 * written once and its UTF-8 bytes copied into the lines (docs/adr/0124, 0126).
 */
final class Summeringsrad {

    private static final JsonFactory FABRIK = new JsonFactory();
    // the field names, encoded once: written as bytes, not character by character on every line
    private static final SerializedString F_ANMARKNINGAR = new SerializedString("anmarkningar");
    private static final SerializedString F_BEGRANSNING = new SerializedString("begransning");
    private static final SerializedString F_BESLUTSDATUM = new SerializedString("beslutsdatum");
    private static final SerializedString F_BISTAND = new SerializedString("bistand");
    private static final SerializedString F_DAGAR = new SerializedString("dagar");
    private static final SerializedString F_DELAR = new SerializedString("delar");
    private static final SerializedString F_DIARIENUMMER = new SerializedString("diarienummer");
    private static final SerializedString F_FORDELNING_AR = new SerializedString("fordelningAr");
    private static final SerializedString F_FORDELNING_STATUS = new SerializedString("fordelningStatus");
    private static final SerializedString F_FORSORJNINGSSTOD = new SerializedString("forsorjningsstod");
    private static final SerializedString F_FRAN = new SerializedString("fran");
    private static final SerializedString F_HEL_MANAD = new SerializedString("helManad");
    private static final SerializedString F_HUSHALLETS_STORLEK = new SerializedString("hushalletsStorlek");
    private static final SerializedString F_ID = new SerializedString("id");
    private static final SerializedString F_INKOMSTER = new SerializedString("inkomster");
    private static final SerializedString F_KOD = new SerializedString("kod");
    private static final SerializedString F_KOMMUN = new SerializedString("kommun");
    private static final SerializedString F_LAGRUM = new SerializedString("lagrum");
    private static final SerializedString F_LIVSFORING_IOVRIGT = new SerializedString("livsforingIOvrigt");
    private static final SerializedString F_MEDDELANDE = new SerializedString("meddelande");
    private static final SerializedString F_NAMN = new SerializedString("namn");
    private static final SerializedString F_NEDSATTNING = new SerializedString("nedsattning");
    private static final SerializedString F_NORMER = new SerializedString("normer");
    private static final SerializedString F_OVERSKOTT = new SerializedString("overskott");
    private static final SerializedString F_PERIOD = new SerializedString("period");
    private static final SerializedString F_PROBLEM = new SerializedString("problem");
    private static final SerializedString F_RAD = new SerializedString("rad");
    private static final SerializedString F_RADER = new SerializedString("rader");
    private static final SerializedString F_REGELVERK = new SerializedString("regelverk");
    private static final SerializedString F_RESULTAT = new SerializedString("resultat");
    private static final SerializedString F_RIKSNORM = new SerializedString("riksnorm");
    private static final SerializedString F_RIKSNORM_AR = new SerializedString("riksnormAr");
    private static final SerializedString F_RIKSNORM_STATUS = new SerializedString("riksnormStatus");
    private static final SerializedString F_SKALIGA_KOSTNADER = new SerializedString("skaligaKostnader");
    private static final SerializedString F_SPARAD = new SerializedString("sparad");
    private static final SerializedString F_SUMMERING = new SerializedString("summering");
    private static final SerializedString F_TILL = new SerializedString("till");
    private static final SerializedString F_TJANSTVERSION = new SerializedString("tjanstversion");
    private static final SerializedString F_UMGANGESNORM = new SerializedString("umgangesnorm");
    /** Slots of a thread's memory of repeated values: a caseload has a kommun or a few, a batch may have them all. */
    private static final int PLATSER = 4096;
    /** The whole months whose period is kept as JSON: those of the years 2000–2100, which a norms file may hold. */
    private static final int FORSTA_AR = 2000;
    private static final int HELA_MANADER = 101 * 12;

    private final String version;
    /**
     * Each thread's memory of values that repeat from line to line, as JSON: a kommun, a note of the prepared norms (the
     * same object for every household of a kommun's month), a normer block. Keyed by identity in a few slots: a value
     * made for one line only takes a slot until another needs it, and nothing grows.
     */
    private final ThreadLocal<Minne> minne = ThreadLocal.withInitial(Minne::new);
    private final Skrivning<Normunderlag> normerblock = this::normer;

    private static final class Minne {

        private final Object[] nycklar = new Object[PLATSER];
        private final SerializedString[] json = new SerializedString[PLATSER];
        private final SerializedString[] helaManader = new SerializedString[HELA_MANADER];

        /** The value's JSON if it is kept; {@code null} if not (yet). */
        SerializedString hamta(Object nyckel) {
            int plats = System.identityHashCode(nyckel) & (PLATSER - 1);
            return nycklar[plats] == nyckel ? json[plats] : null;
        }

        /** Whether {@code nyckel} was the last value seen in its slot; if not, it is now. */
        boolean settForut(Object nyckel) {
            int plats = System.identityHashCode(nyckel) & (PLATSER - 1);
            if (nycklar[plats] == nyckel) {
                return true;
            }
            nycklar[plats] = nyckel;
            json[plats] = null;
            return false;
        }

        SerializedString spara(Object nyckel, String text) {
            int plats = System.identityHashCode(nyckel) & (PLATSER - 1);
            SerializedString varde = new SerializedString(text);
            nycklar[plats] = nyckel;
            json[plats] = varde;
            return varde;
        }
    }

    Summeringsrad(String version) {
        this.version = version;
    }

    byte[] skriv(long rad, Periodresultat resultat) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream(4096);
        skriv(rad, resultat, ut);
        return ut.toByteArray();
    }

    /** The line written onto {@code ut}. */
    void skriv(long rad, Periodresultat resultat, OutputStream ut) {
        try (JsonGenerator g = generator(ut)) {
            skriv(rad, resultat, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generator for a run of lines onto {@code ut}, with nothing between them but what the caller writes: a batch
     * writes a chunk's lines through one generator instead of making one per line.
     */
    static JsonGenerator generator(OutputStream ut) throws IOException {
        JsonGenerator g = FABRIK.createGenerator(ut);
        g.setRootValueSeparator(null);
        return g;
    }

    /** The line written by {@code g}. */
    void skriv(long rad, Periodresultat resultat, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_RAD);
        g.writeNumber(rad);
        g.writeFieldName(F_RESULTAT);
        if (resultat.arEnManad()) {
            manad(g, resultat.delar().get(0));
        } else {
            g.writeStartObject();
            g.writeFieldName(F_ID);
            g.writeNull();
            g.writeFieldName(F_SPARAD);
            g.writeNull();
            kommun(g, resultat.kommun());
            period(g, resultat.period());
            g.writeFieldName(F_HUSHALLETS_STORLEK);
            g.writeNull();
            tomLista(g, F_RADER);
            summering(g, resultat.summering());
            anmarkningar(g, resultat.anmarkningar());
            g.writeFieldName(F_NORMER);
            g.writeNull();
            g.writeFieldName(F_DELAR);
            g.writeStartArray();
            for (Berakningsresultat del : resultat.delar()) {
                manad(g, del);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeFieldName(F_PROBLEM);
        g.writeNull();
        g.writeEndObject();
    }

    private void manad(JsonGenerator g, Berakningsresultat r) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_ID);
        g.writeNull();
        g.writeFieldName(F_SPARAD);
        g.writeNull();
        kommun(g, r.kommun());
        period(g, r.period());
        g.writeFieldName(F_HUSHALLETS_STORLEK);
        g.writeNumber(r.hushalletsStorlek());
        tomLista(g, F_RADER);
        summering(g, r.summering());
        anmarkningar(g, r.anmarkningar());
        g.writeFieldName(F_NORMER);
        upprepat(g, r.normer(), normerblock);
        g.writeFieldName(F_DELAR);
        g.writeNull();
        g.writeEndObject();
    }

    private void kommun(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeFieldName(F_KOMMUN);
        upprepat(g, kommun, Summeringsrad::kommunen);
    }

    private static void kommunen(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_ID);
        g.writeString(kommun.id());
        g.writeFieldName(F_KOD);
        g.writeString(kommun.kod());
        g.writeFieldName(F_NAMN);
        g.writeString(kommun.namn());
        g.writeEndObject();
    }

    /** A whole month's period is written once per thread and month (most lines are one); another is written out. */
    private void period(JsonGenerator g, Period period) throws IOException {
        g.writeFieldName(F_PERIOD);
        LocalDate fran = period.fran();
        int plats = (fran.getYear() - FORSTA_AR) * 12 + fran.getMonthValue() - 1;
        if (!period.arHelManad() || plats < 0 || plats >= HELA_MANADER) {
            periodensFalt(g, period);
            return;
        }
        Minne kant = minne.get();
        SerializedString json = kant.helaManader[plats];
        if (json == null) {
            StringWriter ut = new StringWriter(96);
            try (JsonGenerator egen = FABRIK.createGenerator(ut)) {
                periodensFalt(egen, period);
            }
            json = new SerializedString(ut.toString());
            kant.helaManader[plats] = json;
        }
        g.writeRawValue(json);
    }

    private static void periodensFalt(JsonGenerator g, Period period) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_FRAN);
        g.writeString(period.fran().toString());
        g.writeFieldName(F_TILL);
        g.writeString(period.till().toString());
        g.writeFieldName(F_DAGAR);
        g.writeNumber(period.dagar());
        g.writeFieldName(F_HEL_MANAD);
        g.writeBoolean(period.arHelManad());
        g.writeEndObject();
    }

    private static void summering(JsonGenerator g, Summering s) throws IOException {
        g.writeFieldName(F_SUMMERING);
        g.writeStartObject();
        g.writeFieldName(F_RIKSNORM);
        g.writeNumber(s.riksnorm().belopp());
        g.writeFieldName(F_UMGANGESNORM);
        g.writeNumber(s.umgangesnorm().belopp());
        g.writeFieldName(F_SKALIGA_KOSTNADER);
        g.writeNumber(s.skaligaKostnader().belopp());
        g.writeFieldName(F_INKOMSTER);
        g.writeNumber(s.inkomster().belopp());
        g.writeFieldName(F_FORSORJNINGSSTOD);
        g.writeNumber(s.forsorjningsstod().belopp());
        g.writeFieldName(F_LIVSFORING_IOVRIGT);
        g.writeNumber(s.livsforingIOvrigt().belopp());
        g.writeFieldName(F_BISTAND);
        g.writeNumber(s.bistand().belopp());
        g.writeFieldName(F_OVERSKOTT);
        g.writeNumber(s.overskott().belopp());
        g.writeFieldName(F_BEGRANSNING);
        g.writeNumber(s.begransning().belopp());
        g.writeFieldName(F_NEDSATTNING);
        g.writeNumber(s.nedsattning().belopp());
        g.writeEndObject();
    }

    private void anmarkningar(JsonGenerator g, List<Anmarkning> anmarkningar) throws IOException {
        g.writeFieldName(F_ANMARKNINGAR);
        g.writeStartArray();
        for (Anmarkning a : anmarkningar) {
            upprepat(g, a, Summeringsrad::anmarkning);
        }
        g.writeEndArray();
    }

    private static void anmarkning(JsonGenerator g, Anmarkning a) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_KOD);
        g.writeString(a.kod());
        g.writeFieldName(F_MEDDELANDE);
        g.writeString(a.meddelande());
        g.writeEndObject();
    }

    private static void tomLista(JsonGenerator g, SerializedString namn) throws IOException {
        g.writeFieldName(namn);
        g.writeStartArray();
        g.writeEndArray();
    }

    private void normer(JsonGenerator g, Normunderlag n) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_RIKSNORM_AR);
        g.writeNumber(n.riksnormAr());
        g.writeFieldName(F_RIKSNORM_STATUS);
        g.writeString(n.riksnormStatus());
        g.writeFieldName(F_KOMMUN);
        g.writeString(n.kommun());
        g.writeFieldName(F_FORDELNING_AR);
        if (n.fordelningAr() == null) {
            g.writeNull();
        } else {
            g.writeNumber(n.fordelningAr());
        }
        g.writeFieldName(F_FORDELNING_STATUS);
        g.writeString(n.fordelningStatus());
        g.writeFieldName(F_DIARIENUMMER);
        g.writeString(n.diarienummer());
        g.writeFieldName(F_BESLUTSDATUM);
        g.writeString(n.beslutsdatum());
        g.writeFieldName(F_REGELVERK);
        g.writeString(n.regelverk());
        g.writeFieldName(F_TJANSTVERSION);
        g.writeString(version);
        g.writeFieldName(F_LAGRUM); // a summary names the law by regelverk, not paragraph by paragraph (docs/adr/0126)
        g.writeStartArray();
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * A value that may repeat from line to line, written by {@code skrivning}: copied from this thread's memory when
     * kept; kept when seen a second time in a row in its slot (a kommun, the normer block and the notes of a prepared
     * kommun month are one object each, line after line); written straight onto the line the first time (a note made
     * for one line is never kept).
     */
    private <T> void upprepat(JsonGenerator g, T varde, Skrivning<T> skrivning) throws IOException {
        Minne kant = minne.get();
        SerializedString json = kant.hamta(varde);
        if (json == null && kant.settForut(varde)) {
            StringWriter ut = new StringWriter(256);
            try (JsonGenerator egen = FABRIK.createGenerator(ut)) {
                skrivning.skriv(egen, varde);
            }
            json = kant.spara(varde, ut.toString());
        }
        if (json != null) {
            g.writeRawValue(json);
        } else {
            skrivning.skriv(g, varde);
        }
    }

    @FunctionalInterface
    private interface Skrivning<T> {
        void skriv(JsonGenerator g, T varde) throws IOException;
    }
}
