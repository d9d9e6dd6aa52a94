package se.riksnorm.normfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of the norms files ({@code norms/schema/}, packaged into the jar), so a file is
 * checked for shape before any of it is read: every problem is reported at once, with its path.
 */
final class NormFileSchemas {

    enum Slag {
        KALLOR("kallor"), KOMMUNLISTA("kommunlista"), KOMMUN("kommun"), RIKSNORM("riksnorm"), FORDELNING("fordelning"),
        LAGRUM("lagrum"), PARAMETRAR("parametrar");

        private final String namn;

        Slag(String namn) {
            this.namn = namn;
        }
    }

    private final Map<Slag, JsonSchema> scheman = new EnumMap<>(Slag.class);

    NormFileSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (Slag slag : Slag.values()) {
            String resurs = "/normfiles/schema/" + slag.namn + ".schema.json";
            try (InputStream in = NormFileSchemas.class.getResourceAsStream(resurs)) {
                if (in == null) {
                    throw new IllegalStateException("schemat " + resurs + " saknas i programmet");
                }
                scheman.put(slag, factory.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every way the document breaks its schema, sorted, or an empty list. */
    List<String> problem(Slag slag, JsonNode dokument) {
        return scheman.get(slag).validate(dokument).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
