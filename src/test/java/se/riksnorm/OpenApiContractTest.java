package se.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract in openapi/ is what the code serves. The build keeps the committed file in
 * target/openapi-committed/ before it copies the freshly generated spec over openapi/ (pom.xml): so on
 * a fresh clone this fails when an endpoint changed and its contract was not committed.
 */
class OpenApiContractTest {

    private static final String SPEC = "riksnorm-1.yml";

    @Test
    void denIncheckadeSpecenArDenGenererade() throws IOException {
        Path genererad = Path.of("target/classes/META-INF/swagger", SPEC);
        Path incheckad = Path.of("target/openapi-committed", SPEC);
        assertThat(genererad).as("the OpenAPI processor writes the spec at compile time").exists();
        assertThat(incheckad).as("openapi/" + SPEC + " must be committed").exists();
        assertThat(Files.readString(incheckad))
                .as("openapi/" + SPEC + " differs from what the code generates; the build has now written the new "
                        + "version there: review it with git diff and commit it")
                .isEqualTo(Files.readString(genererad));
    }
}
