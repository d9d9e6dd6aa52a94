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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code SummeringsradTest} compares them), without building the response records. The {@code normer} block, the
 * same for every household of a kommun's month (the prepared rules hold one), is written once per block and its UTF-8
 * bytes copied into every line (docs/adr/0124).
 */
final class Summeringsrad {

    private static final JsonFactory FABRIK = new JsonFactory();
    /** Distinct normer blocks kept at most; a batch has a few per kommun and month. */
    private static final int STORSTA_ANTAL_NORMER = 4096;

    private final String version;
    /** By the block's identity: the prepared rules of a kommun's month hold one Normunderlag (equal blocks may repeat). */
    private final Map<Identitet, SerializedString> normer = new ConcurrentHashMap<>();
    /** The block last written: the prepared rules hand out one Normunderlag for all of a month's households. */
    private volatile Senaste senaste = new Senaste(null, null);

    private record Senaste(Normunderlag normer, SerializedString json) {
    }

    /** A key equal only to itself: hashing a block's ten paragraphs for every line cost more than writing it. */
    private record Identitet(Normunderlag normer) {

        @Override
        public boolean equals(Object annan) {
            return annan instanceof Identitet i && i.normer == normer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(normer);
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

    /** The line written onto {@code ut} (a batch writes a run of lines into one buffer: no array per line). */
    void skriv(long rad, Periodresultat resultat, OutputStream ut) {
        try (JsonGenerator g = FABRIK.createGenerator(ut)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        g.writeRawValue(normer(r.normer()));
        g.writeNullField("delar");
        g.writeEndObject();
    }

    private static void kommun(JsonGenerator g, Kommun kommun) throws IOException {
        g.writeObjectFieldStart("kommun");
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

    private static void anmarkningar(JsonGenerator g, List<Anmarkning> anmarkningar) throws IOException {
        g.writeArrayFieldStart("anmarkningar");
        for (Anmarkning a : anmarkningar) {
            g.writeStartObject();
            g.writeStringField("kod", a.kod());
            g.writeStringField("meddelande", a.meddelande());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void tomLista(JsonGenerator g, String namn) throws IOException {
        g.writeArrayFieldStart(namn);
        g.writeEndArray();
    }

    /** The normer block as JSON, its UTF-8 bytes kept: written once for each distinct block. */
    private SerializedString normer(Normunderlag n) {
        Senaste sist = senaste;
        if (sist.normer() == n) {
            return sist.json();
        }
        Identitet nyckel = new Identitet(n);
        SerializedString json = normer.get(nyckel);
        if (json == null) {
            json = new SerializedString(normerText(n));
            if (normer.size() >= STORSTA_ANTAL_NORMER) {
                normer.clear();
            }
            normer.put(nyckel, json);
        }
        senaste = new Senaste(n, json);
        return json;
    }

    private String normerText(Normunderlag n) {
        StringWriter ut = new StringWriter(2048);
        try (JsonGenerator g = FABRIK.createGenerator(ut)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toString();
    }
}
