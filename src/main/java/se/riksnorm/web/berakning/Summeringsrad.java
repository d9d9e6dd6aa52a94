package se.riksnorm.web.berakning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Anmarkning;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Normunderlag;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.regler.Manadsminne;

/**
 * A batch's answer line with {@code detalj=summering}: byte for byte what Micronaut Serialization writes for
 * {@code BatchRadResponse(rad, summering, null)} (every field, nulls included; {@code SummeringsradTest} compares them),
 * without building the response records. The line's frame (its field names, brackets and nulls) is copied as bytes
 * and its figures written as digits (docs/adr/0130); its texts are written by Jackson's generator. What repeats from
 * line to line (the kommun, the {@code normer} block and the notes of a kommun's month, one object each in the prepared
 * rules, and a whole month's period) is written once and its bytes copied into the lines (docs/adr/0124, 0126).
 */
final class Summeringsrad {

    private static final JsonFactory FABRIK = new JsonFactory();
    // the frame of a line: everything but its figures and texts, in the order Micronaut Serialization writes the fields
    private static final byte[] RAD = bytes("{\"rad\":");
    private static final byte[] RESULTAT = bytes(",\"resultat\":");
    private static final byte[] PROBLEM_SLUT = bytes(",\"problem\":null}");
    private static final byte[] KOMMUN = bytes("{\"id\":null,\"sparad\":null,\"kommun\":");
    private static final byte[] PERIOD = bytes(",\"period\":");
    private static final byte[] HUSHALLETS_STORLEK = bytes(",\"hushalletsStorlek\":");
    private static final byte[] INGEN_STORLEK = bytes(",\"hushalletsStorlek\":null");
    private static final byte[] RIKSNORM = bytes(",\"rader\":[],\"summering\":{\"riksnorm\":");
    private static final byte[] UMGANGESNORM = bytes(",\"umgangesnorm\":");
    private static final byte[] SKALIGA_KOSTNADER = bytes(",\"skaligaKostnader\":");
    private static final byte[] INKOMSTER = bytes(",\"inkomster\":");
    private static final byte[] FORSORJNINGSSTOD = bytes(",\"forsorjningsstod\":");
    private static final byte[] LIVSFORING_IOVRIGT = bytes(",\"livsforingIOvrigt\":");
    private static final byte[] BISTAND = bytes(",\"bistand\":");
    private static final byte[] OVERSKOTT = bytes(",\"overskott\":");
    private static final byte[] BEGRANSNING = bytes(",\"begransning\":");
    private static final byte[] NEDSATTNING = bytes(",\"nedsattning\":");
    private static final byte[] ANMARKNINGAR = bytes("},\"anmarkningar\":[");
    private static final byte[] NORMER = bytes("],\"normer\":");
    private static final byte[] INGA_NORMER = bytes("],\"normer\":null");
    private static final byte[] INGA_DELAR = bytes(",\"delar\":null}");
    private static final byte[] DELAR = bytes(",\"delar\":[");
    private static final byte[] DELAR_SLUT = bytes("]}");
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
    private final Manadsminne<byte[]> helaManader = new Manadsminne<>(Summeringsrad::helManad);

    private static final class Minne {

        private final Object[] nycklar = new Object[PLATSER];
        private final byte[][] json = new byte[PLATSER][];

        /** The value's JSON if it is kept; {@code null} if not (yet). */
        byte[] hamta(Object nyckel) {
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

        byte[] spara(Object nyckel, byte[] varde) {
            int plats = System.identityHashCode(nyckel) & (PLATSER - 1);
            nycklar[plats] = nyckel;
            json[plats] = varde;
            return varde;
        }
    }

    Summeringsrad(String version) {
        this.version = version;
    }

    byte[] skriv(long rad, Periodresultat resultat) {
        Utbuffert ut = new Utbuffert(4096);
        skriv(rad, resultat, ut);
        return ut.toByteArray();
    }

    /** The line appended to {@code ut}, without its line end. */
    void skriv(long rad, Periodresultat resultat, Utbuffert ut) {
        ut.skriv(RAD);
        ut.tal(rad);
        ut.skriv(RESULTAT);
        if (resultat.arEnManad()) {
            manad(ut, resultat.delar().get(0));
        } else {
            ut.skriv(KOMMUN);
            kommun(ut, resultat.kommun());
            period(ut, resultat.period());
            ut.skriv(INGEN_STORLEK);
            summering(ut, resultat.summering());
            anmarkningar(ut, resultat.anmarkningar());
            ut.skriv(INGA_NORMER);
            ut.skriv(DELAR);
            List<Berakningsresultat> delar = resultat.delar();
            for (int i = 0; i < delar.size(); i++) {
                if (i > 0) {
                    ut.write(',');
                }
                manad(ut, delar.get(i));
            }
            ut.skriv(DELAR_SLUT);
        }
        ut.skriv(PROBLEM_SLUT);
    }

    private void manad(Utbuffert ut, Berakningsresultat r) {
        ut.skriv(KOMMUN);
        kommun(ut, r.kommun());
        period(ut, r.period());
        ut.skriv(HUSHALLETS_STORLEK);
        ut.tal(r.hushalletsStorlek());
        summering(ut, r.summering());
        anmarkningar(ut, r.anmarkningar());
        ut.skriv(NORMER);
        upprepat(ut, r.normer(), normerblock);
        ut.skriv(INGA_DELAR);
    }

    private void kommun(Utbuffert ut, Kommun kommun) {
        upprepat(ut, kommun, Summeringsrad::kommunen);
    }

    private static void kommunen(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", kommun.id());
        g.writeStringField("kod", kommun.kod());
        g.writeStringField("namn", kommun.namn());
        g.writeEndObject();
    }

    /** A whole month's period is written as JSON once per month (most lines are one); another is written out. */
    private void period(Utbuffert ut, Period period) {
        ut.skriv(PERIOD);
        if (period.arHelManad()) {
            ut.skriv(helaManader.hamta(period.manad()));
        } else {
            skriv(ut, period, Summeringsrad::periodensFalt);
        }
    }

    private static byte[] helManad(YearMonth manad) {
        Utbuffert ut = new Utbuffert(96);
        skriv(ut, Period.helManad(manad), Summeringsrad::periodensFalt);
        return ut.toByteArray();
    }

    private static void periodensFalt(JsonGenerator g, Period period) throws IOException {
        g.writeStartObject();
        g.writeStringField("fran", period.fran().toString());
        g.writeStringField("till", period.till().toString());
        g.writeNumberField("dagar", period.dagar());
        g.writeBooleanField("helManad", period.arHelManad());
        g.writeEndObject();
    }

    private static void summering(Utbuffert ut, Summering s) {
        falt(ut, RIKSNORM, s.riksnorm());
        falt(ut, UMGANGESNORM, s.umgangesnorm());
        falt(ut, SKALIGA_KOSTNADER, s.skaligaKostnader());
        falt(ut, INKOMSTER, s.inkomster());
        falt(ut, FORSORJNINGSSTOD, s.forsorjningsstod());
        falt(ut, LIVSFORING_IOVRIGT, s.livsforingIOvrigt());
        falt(ut, BISTAND, s.bistand());
        falt(ut, OVERSKOTT, s.overskott());
        falt(ut, BEGRANSNING, s.begransning());
        falt(ut, NEDSATTNING, s.nedsattning());
    }

    /** A figure after the frame that names it. */
    private static void falt(Utbuffert ut, byte[] namn, Kronor kronor) {
        ut.skriv(namn);
        ut.tal(kronor.belopp());
    }

    private void anmarkningar(Utbuffert ut, List<Anmarkning> anmarkningar) {
        ut.skriv(ANMARKNINGAR);
        for (int i = 0; i < anmarkningar.size(); i++) {
            if (i > 0) {
                ut.write(',');
            }
            upprepat(ut, anmarkningar.get(i), Summeringsrad::anmarkning);
        }
    }

    private static void anmarkning(JsonGenerator g, Anmarkning a) throws IOException {
        g.writeStartObject();
        g.writeStringField("kod", a.kod());
        g.writeStringField("meddelande", a.meddelande());
        g.writeEndObject();
    }

    private void normer(JsonGenerator g, Normunderlag n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("riksnormAr", n.riksnormAr());
        g.writeStringField("riksnormStatus", n.riksnormStatus());
        g.writeStringField("kommun", n.kommun());
        g.writeFieldName("fordelningAr");
        if (n.fordelningAr() == null) {
            g.writeNull();
        } else {
            g.writeNumber(n.fordelningAr());
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
    private <T> void upprepat(Utbuffert ut, T varde, Skrivning<T> skrivning) {
        Minne kant = minne.get();
        byte[] json = kant.hamta(varde);
        if (json == null && kant.settForut(varde)) {
            Utbuffert egen = new Utbuffert(256);
            skriv(egen, varde, skrivning);
            json = kant.spara(varde, egen.toByteArray());
        }
        if (json != null) {
            ut.skriv(json);
        } else {
            skriv(ut, varde, skrivning);
        }
    }

    /** A value with texts, written by Jackson's generator: the same escapes as every other answer. */
    private static <T> void skriv(Utbuffert ut, T varde, Skrivning<T> skrivning) {
        try {
            JsonGenerator g = ut.generator(FABRIK);
            skrivning.skriv(g, varde);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Skrivning<T> {
        void skriv(JsonGenerator g, T varde) throws IOException;
    }
}
