package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.bench.HushallsGenerator;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Redovisning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.support.Fall;
import se.riksnorm.support.Prov2027;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.web.problem.ProblemException;

/**
 * A summary ({@link Redovisning#SUMMERING}) keeps no line but adds up the same lines: for every case of the rules'
 * YAML files, the 2027 reform's on a preliminary table included, and for 5 000 generated households, the summary line
 * written from a summary is byte for byte the one written from the full result (the totals, every note, the norms and
 * the period), and the summary holds no line while the full result does.
 */
class SummeringensRaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Summeringsrad RAD = new Summeringsrad("test");

    @TempDir
    static Path katalog;

    private static Normbok normbok;
    private static Forsorjningsstodsberakning berakning;

    private static synchronized void medReformen() {
        if (normbok == null) {
            Path normer = ProjektetsNormer.kopia(katalog);
            Prov2027.laggTill(normer);
            NormFiles filer = new NormFileReader().las(normer);
            normbok = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                    filer.kommuner().stream().map(NormFile::innehall).toList(),
                    filer.fordelningar().stream().map(NormFile::innehall).toList());
            berakning = new Forsorjningsstodsberakning(Regelbok.standard(filer.regler()));
        }
    }

    static Stream<Arguments> fall() {
        return Stream.concat(Fall.las("forsorjningsstod.yaml"), Fall.las("forsorjningsstod-2027.yaml"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fall")
    void ettFallsSummeringArDensammaSomDetFullaResultatets(String kalla, String namn, JsonNode fall) throws Exception {
        medReformen();
        Forfragan forfragan;
        try {
            forfragan = RequestParser.forsorjningsstod(JSON.treeToValue(fall.get("begaran"), ForsorjningsstodRequest.class));
        } catch (ProblemException refusedAsRead) {
            return; // a case of a request that is not read has nothing to sum
        }
        lika(forfragan);
    }

    @Test
    void femTusenGeneradeHushallsSummeringarArDeFullaResultatens() {
        medReformen();
        HushallsGenerator generator = new HushallsGenerator(20261207);
        int beraknade = 0;
        for (int i = 0; i < 5_000; i++) {
            ForsorjningsstodRequest request = ForsorjningsstodJson.las(generator.hushall().toString().getBytes(StandardCharsets.UTF_8));
            try {
                beraknade += lika(RequestParser.forsorjningsstod(request)) ? 1 : 0;
            } catch (ProblemException refusedAsRead) {
                // the generator makes a few households the rules refuse, as a real caseload has
            }
        }
        assertThat(beraknade).as("households calculated in both ways").isGreaterThan(4_900);
    }

    /** Whether the request was calculated; if so, both ways gave the same summary line. */
    private static boolean lika(Forfragan forfragan) {
        Utfall<Periodresultat> full = berakning.beraknaPeriod(forfragan, normbok, Redovisning.MED_RADER);
        Utfall<Periodresultat> summering = berakning.beraknaPeriod(forfragan, normbok, Redovisning.SUMMERING);
        if (!(full instanceof Utfall.Beraknat<Periodresultat> f)) {
            assertThat(summering).as("refused both ways, for the same reasons").isEqualTo(full);
            return false;
        }
        Periodresultat s = ((Utfall.Beraknat<Periodresultat>) summering).resultat();
        assertThat(new String(RAD.skriv(1, s), StandardCharsets.UTF_8))
                .isEqualTo(new String(RAD.skriv(1, f.resultat()), StandardCharsets.UTF_8));
        assertThat(s.delar()).allSatisfy(del -> assertThat(del.rader()).isEmpty());
        assertThat(f.resultat().delar()).allSatisfy(del -> assertThat(del.rader()).isNotEmpty());
        for (int i = 0; i < s.delar().size(); i++) {
            Berakningsresultat fullDel = f.resultat().delar().get(i);
            assertThat(s.delar().get(i).summering()).isEqualTo(fullDel.summering());
            assertThat(s.delar().get(i).anmarkningar()).isEqualTo(fullDel.anmarkningar());
        }
        return true;
    }
}
