package se.riksnorm.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Test cases as data: {@code src/test/resources/fall/<fil>.yaml}, groups named by their source, cases by a sentence. */
public final class Fall {

    private Fall() {
    }

    /** Arguments (group, sentence, case node) for a parameterized test. */
    public static Stream<Arguments> las(String fil) {
        try (InputStream in = Fall.class.getResourceAsStream("/fall/" + fil)) {
            JsonNode dokument = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<Arguments> fall = new ArrayList<>();
            dokument.fields().forEachRemaining(grupp -> grupp.getValue().forEach(f ->
                    fall.add(Arguments.of(grupp.getKey(), f.get("fall").asText(), f))));
            return fall.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
