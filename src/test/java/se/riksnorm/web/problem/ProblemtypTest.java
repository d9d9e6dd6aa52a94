package se.riksnorm.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The problem types an integrator reads about (docs/api.md) are exactly the ones the service sends. */
class ProblemtypTest {

    @Test
    void dokumentationensListaArEnumen() throws Exception {
        String api = Files.readString(Path.of("docs/api.md"));
        int start = api.indexOf("Problem types: `urn:riksnorm:problem:`");
        int slut = api.indexOf("\n\n", start);
        assertThat(start).as("docs/api.md lists the problem types").isNotNegative();
        Set<String> dokumenterade = new TreeSet<>();
        Matcher namn = Pattern.compile("`([a-z]+(?:-[a-z]+)+)`").matcher(api.substring(start, slut));
        while (namn.find()) {
            dokumenterade.add(namn.group(1));
        }
        Set<String> iKoden = Arrays.stream(Problemtyp.values()).map(Problemtyp::namn).collect(Collectors.toCollection(TreeSet::new));
        assertThat(dokumenterade).isEqualTo(iKoden);
    }

    @Test
    void varjeTypHarEttEgetNamnOchEnFelstatus() {
        assertThat(Arrays.stream(Problemtyp.values()).map(Problemtyp::namn).distinct()).hasSize(Problemtyp.values().length);
        assertThat(Problemtyp.values()).allSatisfy(typ -> assertThat(typ.status().getCode()).isBetween(400, 599));
        assertThat(Problemtyp.OKAND_KOMMUN.urn()).isEqualTo("urn:riksnorm:problem:okand-kommun");
    }
}
