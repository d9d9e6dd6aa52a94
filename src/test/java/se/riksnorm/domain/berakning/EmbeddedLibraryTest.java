package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * Another JVM system uses the rules as a library: no Micronaut, no database, no HTTP. It reads the norms
 * files (or builds the records itself), makes a Normbok and calculates. That the rules need nothing else is
 * guarded by ArchitectureTest: the domain depends on java.* only.
 */
class EmbeddedLibraryTest {

    @Test
    void beraknarUtanRamverk() {
        NormFiles filer = new NormFileReader().las(Path.of("norms"));
        Normbok normbok = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                filer.kommuner().stream().map(NormFile::innehall).toList(),
                filer.fordelningar().stream().map(NormFile::innehall).toList());

        Forfragan forfragan = new Forfragan("Nyköping", Period.helManad(YearMonth.of(2023, 3)),
                List.of(new Medlem("förälder", LocalDate.of(1985, 4, 2), null, Roll.SOKANDE, null, false),
                        new Medlem("barn", LocalDate.of(2015, 6, 10), null, Roll.BARN, null, false)),
                0, List.of(new Kostnad(Kostnadstyp.BOENDE, Kronor.of(7200), "hyra")),
                List.of(new Inkomst(Inkomsttyp.BARNBIDRAG, Kronor.of(1250), null, false, null)));

        Utfall<Berakningsresultat> utfall = new Forsorjningsstodsberakning(Regelbok.standard(filer.regler()))
                .berakna(forfragan, normbok);

        // 3 490 + 3 380 (7–10 år) + 1 250 (2 personer) + 7 200 − 1 250 = 14 070
        assertThat(utfall).isInstanceOf(Utfall.Beraknat.class);
        Berakningsresultat resultat = ((Utfall.Beraknat<Berakningsresultat>) utfall).resultat();
        assertThat(resultat.summering().forsorjningsstod()).isEqualTo(Kronor.of(14070));
        assertThat(resultat.rader()).allSatisfy(rad -> assertThat(rad.grunder()).isNotEmpty());
        assertThat(resultat.normer().diarienummer()).isEqualTo("SN22/37");
    }
}
