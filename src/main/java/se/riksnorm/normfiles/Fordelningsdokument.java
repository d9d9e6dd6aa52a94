package se.riksnorm.normfiles;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;

/**
 * A kommun's fördelning sent to the API in the norms files' own format, as JSON or YAML (the file
 * {@code GET …/normfil} shows): checked against the same schema, read by the same reader. What a file must state but an
 * upload may leave out is filled in: the kommun and year from the path, the source from the upload itself, the
 * hemmavarande-ungdom rounding from the kommun's choice. A stated kommun or year must be the path's.
 */
public final class Fordelningsdokument {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final NormFileSchemas SCHEMAN = new NormFileSchemas();
    private static final String KALLA = "kalla";
    private static final String UNGDOM = "hemmavarande_ungdom";

    private Fordelningsdokument() {
    }

    /**
     * @param kallor the stored sources, by id, for a document that names its own
     * @param egenKalla the source of the upload, for a document that names none
     * @throws NormFileException naming every problem with its field ({@code personliga_kostnader.livsmedel.ar_0})
     */
    public static Fordelning las(byte[] text, boolean yaml, Kommun kommun, int ar, Function<String, Optional<Kalla>> kallor,
                                 Kalla egenKalla, Avrundning ungdomsandel) {
        JsonNode dokument;
        try {
            dokument = (yaml ? YAML : JSON).readTree(text);
        } catch (JsonProcessingException e) {
            throw new NormFileException("begäran", "inte läsbar " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (rad " + e.getLocation().getLineNr() + ", kolumn " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new NormFileException("begäran", "kunde inte läsas: " + e.getMessage());
        }
        if (!(dokument instanceof ObjectNode objekt)) {
            throw new NormFileException("begäran", "tabellen skickas som ett objekt i normfilernas format (norms/README.md)");
        }
        if (objekt.hasNonNull("kommun") && annanKommun(objekt.get("kommun").asText(), kommun)) {
            throw new NormFileException("kommun", "dokumentet gäller '" + objekt.get("kommun").asText() + "', men tabellen matas in för "
                    + kommun.namn() + " (" + kommun.id() + ")");
        }
        if (objekt.hasNonNull("ar") && objekt.get("ar").asInt() != ar) {
            throw new NormFileException("ar", "dokumentet gäller år " + objekt.get("ar").asText() + ", men tabellen matas in för " + ar);
        }
        objekt.put("kommun", kommun.id());
        objekt.put("ar", ar);
        if (!objekt.hasNonNull(KALLA)) {
            objekt.put(KALLA, egenKalla.id());
        }
        if (!objekt.has(UNGDOM)) {
            objekt.putObject(UNGDOM).put("avrundning", ungdomsandel.name().toLowerCase(Locale.ROOT));
        }
        List<String> problem = SCHEMAN.problem(NormFileSchemas.Slag.FORDELNING, objekt);
        if (!problem.isEmpty()) {
            throw new NormFileException("begäran", problem);
        }
        Map<String, Kalla> kallorna = new HashMap<>();
        kallorna.put(egenKalla.id(), egenKalla);
        kallor.apply(objekt.get(KALLA).asText()).ifPresent(k -> kallorna.put(k.id(), k));
        try {
            return FordelningFileReader.las(objekt, kommun, new Kallauppslag(kallorna));
        } catch (IllegalArgumentException e) {
            throw new NormFileException("begäran", e.getMessage());
        }
    }

    /** Whether the document names another kommun than the path's (by id, kommunkod or name). */
    private static boolean annanKommun(String angiven, Kommun kommun) {
        String sokt = angiven.strip();
        return !(sokt.equals(kommun.id()) || sokt.equals(kommun.kod()) || Kommun.namnnyckel(sokt).equals(Kommun.namnnyckel(kommun.namn())));
    }
}
