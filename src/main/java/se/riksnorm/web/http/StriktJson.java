package se.riksnorm.web.http;

import com.fasterxml.jackson.core.JsonFactory;
import se.riksnorm.web.problem.Problemtyp;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;
import java.io.IOException;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;

/**
 * Reads a request's JSON strictly (RFC 8259, I-JSON RFC 7493; docs/adr/0142): a name twice in one object, text
 * after the value, or a value of the wrong kind (see {@link StriktaVarden}) is a 400 problem naming the field as
 * {@code kostnader[0].belopp}. Everything else is Micronaut Serialization's own reading, in one pass.
 */
@Singleton
public class StriktJson {

    private final JsonFactory fabrik = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final SerdeRegistry registry;
    private final LimitingStream.RemainingLimits granser;

    StriktJson(SerdeRegistry registry, SerdeConfiguration konfiguration) {
        this.registry = registry;
        this.granser = LimitingStream.limitsFromConfiguration(konfiguration);
    }

    /** The request body as {@code typ}, or a 400 problem; an empty body is {@code null}. */
    public <T> T las(byte[] json, Argument<T> typ) {
        try (JsonParser parser = fabrik.createParser(json)) {
            return las(parser, typ);
        } catch (IOException e) {
            throw new IllegalStateException("JSON läses ur minnet", e);
        }
    }

    private <T> T las(JsonParser parser, Argument<T> typ) throws IOException {
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            Deserializer.DecoderContext context = registry.newDecoderContext(null);
            Deserializer<? extends T> deserializer = context.findDeserializer(typ).createSpecific(context, typ);
            T varde = deserializer.deserializeNullable(JacksonDecoder.create(parser, granser), context, typ);
            if (parser.nextToken() != null) {
                throw problem(parser, null, "Begäran innehåller mer än ett JSON-värde: efter det första kommer mer text"
                        + plats(parser.currentLocation()) + ". Skicka ett JSON-objekt och inget annat.");
            }
            return varde;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw problem(parser, e);
        }
    }

    private static ProblemException problem(JsonParser parser, Throwable fel) {
        for (Throwable t = fel; t != null; t = t.getCause()) {
            if (t instanceof OgiltigtJsonVarde varde) {
                String falt = falt(parser);
                return problem(parser, falt, (falt == null ? "" : falt + ": ") + varde.getMessage());
            }
            if (t instanceof JsonParseException syntax && syntax.getOriginalMessage().startsWith("Duplicate field")) {
                String falt = falt(parser);
                return problem(parser, falt, "Fältet " + falt + " förekommer två gånger i samma objekt" + plats(syntax.getLocation())
                        + ". Ange varje fält en gång (RFC 8259, I-JSON).");
            }
            if (t instanceof JsonParseException syntax) {
                return new ProblemException(ProblemDetail.av(Problemtyp.OGILTIG_JSON, "Begärans innehåll är inte giltig JSON"
                        + plats(syntax.getLocation()) + ". Skicka ett JSON-objekt enligt API:t.", null, null));
            }
        }
        String falt = falt(parser);
        return problem(parser, falt, (falt == null ? "Begärans JSON" : falt) + " har fel form för API:t: "
                + forsta(fel.getMessage()) + ". API:t beskrivs på /swagger-ui/.");
    }

    private static ProblemException problem(JsonParser parser, String falt, String detalj) {
        return new ProblemException(ProblemDetail.av(Problemtyp.OGILTIGT_VARDE, detalj, falt, null));
    }

    /** The field the parser stands at, as the API names fields: {@code kostnader[0].belopp}. */
    private static String falt(JsonParser parser) {
        java.util.Deque<JsonStreamContext> vag = new java.util.ArrayDeque<>();
        for (JsonStreamContext del = parser.getParsingContext(); del != null && !del.inRoot(); del = del.getParent()) {
            vag.push(del);
        }
        StringBuilder falt = new StringBuilder();
        for (JsonStreamContext del : vag) {
            if (del.inArray()) {
                falt.append('[').append(Math.max(0, del.getCurrentIndex())).append(']');
            } else if (del.getCurrentName() != null) {
                falt.append(falt.length() == 0 ? "" : ".").append(del.getCurrentName());
            }
        }
        return falt.length() == 0 ? null : falt.toString();
    }

    private static String plats(JsonLocation plats) {
        return plats == null ? "" : " (rad " + plats.getLineNr() + ", kolumn " + plats.getColumnNr() + ")";
    }

    private static String forsta(String meddelande) {
        String rad = meddelande == null ? "okänt fel" : meddelande.lines().findFirst().orElse(meddelande);
        return rad.length() > 200 ? rad.substring(0, 200) + "…" : rad;
    }
}
