package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import se.riksnorm.domain.berakning.Anmarkning;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Normunderlag;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.regler.Manadsminne;

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

    private final String version;
    /**
     * Each thread's memory of values that repeat from line to line, as JSON: a kommun, a note of the prepared norms (the
     * same object for every household of a kommun's month), a normer block. Keyed by identity in a few slots: a value
     * made for one line only takes a slot until another needs it, and nothing grows.
     */
    private final ThreadLocal<Minne> minne = ThreadLocal.withInitial(Minne::new);
    private final Skrivning<Normunderlag> normerblock = this::normer;
    /** Each whole month's period as JSON, the same for every thread. */
    private final Manadsminne<SerializedString> helaManader = new Manadsminne<>(Summeringsrad::helManad);

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
        tal(g, F_RAD, rad);
        g.writeFieldName(F_RESULTAT);
        if (resultat.arEnManad()) {
            manad(g, resultat.delar().get(0));
        } else {
            g.writeStartObject();
            inget(g, F_ID);
            inget(g, F_SPARAD);
            kommun(g, resultat.kommun());
            period(g, resultat.period());
            inget(g, F_HUSHALLETS_STORLEK);
            tomLista(g, F_RADER);
            summering(g, resultat.summering());
            anmarkningar(g, resultat.anmarkningar());
            inget(g, F_NORMER);
            g.writeFieldName(F_DELAR);
            g.writeStartArray();
            for (Berakningsresultat del : resultat.delar()) {
                manad(g, del);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        inget(g, F_PROBLEM);
        g.writeEndObject();
    }

    private void manad(JsonGenerator g, Berakningsresultat r) throws IOException {
        g.writeStartObject();
        inget(g, F_ID);
        inget(g, F_SPARAD);
        kommun(g, r.kommun());
        period(g, r.period());
        tal(g, F_HUSHALLETS_STORLEK, r.hushalletsStorlek());
        tomLista(g, F_RADER);
        summering(g, r.summering());
        anmarkningar(g, r.anmarkningar());
        g.writeFieldName(F_NORMER);
        upprepat(g, r.normer(), normerblock);
        inget(g, F_DELAR);
        g.writeEndObject();
    }

    private void kommun(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeFieldName(F_KOMMUN);
        upprepat(g, kommun, Summeringsrad::kommunen);
    }

    private static void kommunen(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeStartObject();
        text(g, F_ID, kommun.id());
        text(g, F_KOD, kommun.kod());
        text(g, F_NAMN, kommun.namn());
        g.writeEndObject();
    }

    /** A whole month's period is written as JSON once per month (most lines are one); another is written out. */
    private void period(JsonGenerator g, Period period) throws IOException {
        g.writeFieldName(F_PERIOD);
        if (period.arHelManad()) {
            g.writeRawValue(helaManader.hamta(period.manad()));
        } else {
            periodensFalt(g, period);
        }
    }

    private static SerializedString helManad(YearMonth manad) {
        StringWriter ut = new StringWriter(96);
        try (JsonGenerator g = FABRIK.createGenerator(ut)) {
            periodensFalt(g, Period.helManad(manad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SerializedString(ut.toString());
    }

    private static void periodensFalt(JsonGenerator g, Period period) throws IOException {
        g.writeStartObject();
        text(g, F_FRAN, period.fran().toString());
        text(g, F_TILL, period.till().toString());
        tal(g, F_DAGAR, period.dagar());
        sanning(g, F_HEL_MANAD, period.arHelManad());
        g.writeEndObject();
    }

    private static void summering(JsonGenerator g, Summering s) throws IOException {
        g.writeFieldName(F_SUMMERING);
        g.writeStartObject();
        tal(g, F_RIKSNORM, s.riksnorm().belopp());
        tal(g, F_UMGANGESNORM, s.umgangesnorm().belopp());
        tal(g, F_SKALIGA_KOSTNADER, s.skaligaKostnader().belopp());
        tal(g, F_INKOMSTER, s.inkomster().belopp());
        tal(g, F_FORSORJNINGSSTOD, s.forsorjningsstod().belopp());
        tal(g, F_LIVSFORING_IOVRIGT, s.livsforingIOvrigt().belopp());
        tal(g, F_BISTAND, s.bistand().belopp());
        tal(g, F_OVERSKOTT, s.overskott().belopp());
        tal(g, F_BEGRANSNING, s.begransning().belopp());
        tal(g, F_NEDSATTNING, s.nedsattning().belopp());
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
        text(g, F_KOD, a.kod());
        text(g, F_MEDDELANDE, a.meddelande());
        g.writeEndObject();
    }

    private static void tal(JsonGenerator g, SerializedString falt, long varde) throws IOException {
        g.writeFieldName(falt);
        g.writeNumber(varde);
    }

    private static void text(JsonGenerator g, SerializedString falt, String varde) throws IOException {
        g.writeFieldName(falt);
        g.writeString(varde);
    }

    private static void sanning(JsonGenerator g, SerializedString falt, boolean varde) throws IOException {
        g.writeFieldName(falt);
        g.writeBoolean(varde);
    }

    private static void inget(JsonGenerator g, SerializedString falt) throws IOException {
        g.writeFieldName(falt);
        g.writeNull();
    }

    private static void tomLista(JsonGenerator g, SerializedString namn) throws IOException {
        g.writeFieldName(namn);
        g.writeStartArray();
        g.writeEndArray();
    }

    private void normer(JsonGenerator g, Normunderlag n) throws IOException {
        g.writeStartObject();
        tal(g, F_RIKSNORM_AR, n.riksnormAr());
        text(g, F_RIKSNORM_STATUS, n.riksnormStatus());
        text(g, F_KOMMUN, n.kommun());
        g.writeFieldName(F_FORDELNING_AR);
        if (n.fordelningAr() == null) {
            g.writeNull();
        } else {
            g.writeNumber(n.fordelningAr());
        }
        text(g, F_FORDELNING_STATUS, n.fordelningStatus());
        text(g, F_DIARIENUMMER, n.diarienummer());
        text(g, F_BESLUTSDATUM, n.beslutsdatum());
        text(g, F_REGELVERK, n.regelverk());
        text(g, F_TJANSTVERSION, version);
        tomLista(g, F_LAGRUM); // a summary names the law by regelverk, not paragraph by paragraph (docs/adr/0126)
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
