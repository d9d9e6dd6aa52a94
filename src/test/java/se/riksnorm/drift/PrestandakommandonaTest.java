package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Bygget;
import se.riksnorm.support.Dokument;

/**
 * docs/prestanda.md's commands name what is there. They are not run here: {@code bench/run} is the benchmark itself
 * (minutes, on a quiet machine; no test asserts a time), and the class-data archive is made from the packaged jar,
 * which {@code MinneIT} starts with the same {@code bench/jvm.options}.
 */
class PrestandakommandonaTest {

    private static final Dokument PRESTANDA = Dokument.las("docs/prestanda.md");

    @Test
    void benchRunFinnsOchKanKoras() {
        assertThat(PRESTANDA.block(0).text()).startsWith("bench/run ");
        assertThat(Files.isExecutable(Path.of("bench/run"))).isTrue();
    }

    @Test
    void flaggornaArFilensOchArkivetGorsAvByggetsJar() throws IOException {
        Dokument flaggor = PRESTANDA.avsnitt("**Running the service with these flags.**");
        List<String> fil = Arrays.asList(Files.readString(Path.of("bench/jvm.options")).strip().split("\\s+"));

        assertThat(flaggor.kodEfter("`bench/jvm.options` holds the JVM flags (").split(" ")).containsExactlyElementsOf(fil);
        assertThat(flaggor.block(0).text().lines()).hasSize(2).allSatisfy(rad -> assertThat(rad)
                .startsWith("java $(cat bench/jvm.options) -XX:").contains(" -jar " + Bygget.jar()));
    }
}
