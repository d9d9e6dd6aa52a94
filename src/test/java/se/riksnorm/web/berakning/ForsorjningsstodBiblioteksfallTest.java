package se.riksnorm.web.berakning;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Fallkontroll;
import se.riksnorm.support.Http;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;

/**
 * The cases of {@code fall/forsorjningsstod.yaml} once more, without Micronaut, HTTP or a database: the norms files
 * read by {@link NormFileReader}, the request read as the API's record and the rules called as a library, as OpenFisca
 * runs its YAML against the model. The same file and the same checks as {@link ForsorjningsstodFallTest}; in
 * milliseconds.
 */
class ForsorjningsstodBiblioteksfallTest {

    private static final NormFiles FILER = new NormFileReader().las(Path.of("norms"));
    private static final Normbok NORMBOK = new Normbok(FILER.riksnormer().stream().map(NormFile::innehall).toList(),
            FILER.kommuner().stream().map(NormFile::innehall).toList(), FILER.fordelningar().stream().map(NormFile::innehall).toList());
    private static final Forsorjningsstodsberakning BERAKNING = new Forsorjningsstodsberakning(Regelbok.standard(FILER.regler()));
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<Arguments> fall() {
        return Fall.las("forsorjningsstod.yaml");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void fall(String kalla, String namn, JsonNode fall) throws Exception {
        Http.Svar svar;
        try {
            ForsorjningsstodRequest begaran = JSON.treeToValue(fall.get("begaran"), ForsorjningsstodRequest.class);
            svar = BERAKNING.beraknaPeriod(RequestParser.forsorjningsstod(begaran), NORMBOK).fold(
                    resultat -> new Http.Svar(200, "application/json", skriv(BerakningResponses.forsorjningsstod(resultat, "bibliotek",
                            null, null, true)), null),
                    fel -> problem(BerakningProblems.avvisad(fel)));
        } catch (ProblemException e) {
            svar = problem(e);
        }
        Fallkontroll.kontrollera(fall.get("vantat"), svar);
    }

    private static Http.Svar problem(ProblemException e) {
        ProblemDetail problem = e.problem();
        return new Http.Svar(problem.status(), ProblemDetail.MEDIA_TYPE, skriv(problem), null);
    }

    private static String skriv(Object varde) {
        try {
            return JSON.writeValueAsString(varde);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
