package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    /** Slots of a thread's memory of repeated values: a caseload has a kommun or a few, a batch may have them all. */
    private static final int PLATSER = 4096;

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
        g.writeNumberField("rad", rad);
        g.writeFieldName("resultat");
        if (resultat.arEnManad()) {
            manad(g, resultat.delar().get(0));
        } else {
            g.writeStartObject();
            g.writeNullField("id");
            g.writeNullField("sparad");
            kommun(g, resultat.kommun());
            period(g, resultat.period());
            g.writeNullField("hushalletsStorlek");
            tomLista(g, "rader");
            summering(g, resultat.summering());
            anmarkningar(g, resultat.anmarkningar());
            g.writeNullField("normer");
            g.writeArrayFieldStart("delar");
            for (Berakningsresultat del : resultat.delar()) {
                manad(g, del);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeNullField("problem");
        g.writeEndObject();
    }

    private void manad(JsonGenerator g, Berakningsresultat r) throws IOException {
        g.writeStartObject();
        g.writeNullField("id");
        g.writeNullField("sparad");
        kommun(g, r.kommun());
        period(g, r.period());
        g.writeNumberField("hushalletsStorlek", r.hushalletsStorlek());
        tomLista(g, "rader");
        summering(g, r.summering());
        anmarkningar(g, r.anmarkningar());
        g.writeFieldName("normer");
        upprepat(g, r.normer(), normerblock);
        g.writeNullField("delar");
        g.writeEndObject();
    }

    private void kommun(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeFieldName("kommun");
        upprepat(g, kommun, Summeringsrad::kommunen);
    }

    private static void kommunen(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", kommun.id());
        g.writeStringField("kod", kommun.kod());
        g.writeStringField("namn", kommun.namn());
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, Period period) throws IOException {
        g.writeObjectFieldStart("period");
        g.writeStringField("fran", period.fran().toString());
        g.writeStringField("till", period.till().toString());
        g.writeNumberField("dagar", period.dagar());
        g.writeBooleanField("helManad", period.arHelManad());
        g.writeEndObject();
    }

    private static void summering(JsonGenerator g, Summering s) throws IOException {
        g.writeObjectFieldStart("summering");
        g.writeNumberField("riksnorm", s.riksnorm().belopp());
        g.writeNumberField("umgangesnorm", s.umgangesnorm().belopp());
        g.writeNumberField("skaligaKostnader", s.skaligaKostnader().belopp());
        g.writeNumberField("inkomster", s.inkomster().belopp());
        g.writeNumberField("forsorjningsstod", s.forsorjningsstod().belopp());
        g.writeNumberField("livsforingIOvrigt", s.livsforingIOvrigt().belopp());
        g.writeNumberField("bistand", s.bistand().belopp());
        g.writeNumberField("overskott", s.overskott().belopp());
        g.writeNumberField("begransning", s.begransning().belopp());
        g.writeNumberField("nedsattning", s.nedsattning().belopp());
        g.writeEndObject();
    }

    private void anmarkningar(JsonGenerator g, List<Anmarkning> anmarkningar) throws IOException {
        g.writeArrayFieldStart("anmarkningar");
        for (Anmarkning a : anmarkningar) {
            upprepat(g, a, Summeringsrad::anmarkning);
        }
        g.writeEndArray();
    }

    private static void anmarkning(JsonGenerator g, Anmarkning a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kod", a.kod());
        g.writeStringField("meddelande", a.meddelande());
        g.writeEndObject();
    }

    private static void tomLista(JsonGenerator g, String namn) throws IOException {
        g.writeArrayFieldStart(namn);
        g.writeEndArray();
    }

    private void normer(JsonGenerator g, Normunderlag n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("riksnormAr", n.riksnormAr());
        g.writeStringField("riksnormStatus", n.riksnormStatus());
        g.writeStringField("kommun", n.kommun());
            if (n.fordelningAr() == null) {
                g.writeNullField("fordelningAr");
            } else {
                g.writeNumberField("fordelningAr", n.fordelningAr());
            }
        g.writeStringField("fordelningStatus", n.fordelningStatus());
        g.writeStringField("diarienummer", n.diarienummer());
        g.writeStringField("beslutsdatum", n.beslutsdatum());
        g.writeStringField("regelverk", n.regelverk());
        g.writeStringField("tjanstversion", version);
        g.writeArrayFieldStart("lagrum"); // a summary names the law by regelverk, not paragraph by paragraph (docs/adr/0126)
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
