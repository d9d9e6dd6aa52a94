package se.riksnorm.domain.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.support.Fall;
import se.riksnorm.support.ProjektetsNormer;

/** The cases in {@code src/test/resources/fall/riksnorm-regler.yaml}, one test per sentence. */
class RiksnormRegelfallTest {

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void regelfall(String kalla, String fall, JsonNode data) {
        Riksnorm riksnorm = ProjektetsNormer.riksnorm(data.get("ar").intValue());
        Kronor faktiskt;
        if (data.has("gemensamma_for")) {
            faktiskt = riksnorm.gemensamma(data.get("gemensamma_for").intValue());
        } else {
            faktiskt = riksnorm.personliga(Aldersgrupp.ENSAMSTAENDE)
                    .plus(riksnorm.gemensamma(data.get("ensamstaende_med_gemensamma_for").intValue()));
        }
        assertThat(faktiskt).isEqualTo(Kronor.of(data.get("kronor").longValue()));
    }

    static Stream<Arguments> fall() {
        return Fall.las("riksnorm-regler.yaml");
    }
}
