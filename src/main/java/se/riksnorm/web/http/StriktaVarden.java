package se.riksnorm.web.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * JSON values read as what they are (docs/adr/0142). Micronaut Serialization coerces by default: {@code true} to
 * 1, {@code 1.5} to 1, {@code "7200"} to 7200, {@code ["nykoping"]} to "nykoping", 480 to "480". A request read
 * that way can mean a different household from the one a gateway or the case system sees, so each of these is
 * refused instead, naming what was sent; the caller's field is added by {@link StriktJson}.
 */
@Factory
class StriktaVarden {

    @Singleton
    @Primary
    Deserializer<Long> heltal() {
        return (decoder, context, typ) -> heltal(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Singleton
    @Primary
    Deserializer<Integer> litetHeltal() {
        return (decoder, context, typ) -> (int) heltal(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Singleton
    @Primary
    Deserializer<String> text() {
        return (decoder, context, typ) -> {
            Object varde = decoder.decodeArbitrary();
            if (varde instanceof String text) {
                return text;
            }
            throw new OgiltigtJsonVarde("Värdet ska vara text inom citattecken, inte " + beskriv(varde) + ".");
        };
    }

    @Singleton
    @Primary
    Deserializer<Boolean> sanningsvarde() {
        return (decoder, context, typ) -> {
            Object varde = decoder.decodeArbitrary();
            if (varde instanceof Boolean sant) {
                return sant;
            }
            throw new OgiltigtJsonVarde("Värdet ska vara true eller false, inte " + beskriv(varde) + ".");
        };
    }

    private static long heltal(Decoder decoder, long minst, long storst) throws IOException {
        Object varde = decoder.decodeArbitrary();
        if (varde instanceof Integer || varde instanceof Long) {
            long tal = ((Number) varde).longValue();
            if (tal >= minst && tal <= storst) {
                return tal;
            }
        }
        if (varde instanceof Integer || varde instanceof Long || varde instanceof BigInteger) {
            throw new OgiltigtJsonVarde("Talet " + varde + " är utanför det som kan anges här (" + minst + " till " + storst + ").");
        }
        throw new OgiltigtJsonVarde("Värdet ska vara ett heltal (hela kronor, dagar, år), inte " + beskriv(varde) + ".");
    }

    /** What was sent, in words. */
    private static String beskriv(Object varde) {
        if (varde == null) {
            return "null";
        }
        if (varde instanceof Double || varde instanceof Float || varde instanceof BigDecimal) {
            return "decimaltalet " + varde;
        }
        if (varde instanceof Number) {
            return "talet " + varde;
        }
        if (varde instanceof Boolean) {
            return "sanningsvärdet " + varde;
        }
        if (varde instanceof String text) {
            return "texten \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (varde instanceof List<?>) {
            return "en lista";
        }
        if (varde instanceof Map<?, ?>) {
            return "ett objekt";
        }
        return varde.getClass().getSimpleName();
    }
}
