package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.support.ProjektetsNormer;

/** A kommun's own choices (age band, per-day rule) change the result as configured, and only then. */
class KommunensValTest {

    @ParameterizedTest(name = "{0}, {1}: the child (born 2016-03-15) is in {2}, {3} kr")
    @CsvSource({
            // riksnorm 2023: 4–6 år 2 700 kr, 7–10 år 3 380 kr; the seventh birthday is 2023-03-15
            "ALDER_FORSTA_DAGEN, 2023-03, ar_4_6, 2700",
            "ALDER_FORSTA_DAGEN, 2023-04, ar_7_10, 3380",
            "FODELSEMANADEN, 2023-02, ar_4_6, 2700",
            "FODELSEMANADEN, 2023-03, ar_7_10, 3380",
            "MANADEN_EFTER_FODELSEMANADEN, 2023-03, ar_4_6, 2700",
            "MANADEN_EFTER_FODELSEMANADEN, 2023-04, ar_7_10, 3380"
    })
    void aldersbyte(Aldersbyte regel, YearMonth manad, String kolumn, long kronor) {
        Berakningsresultat resultat = berakna(new Berakningsinstallningar(regel, Dagberakning.DAGBELOPP_GANGER_DAGAR), manad, null);
        Rad barnet = resultat.rader().stream().filter(r -> "barn".equals(r.medlem())).findFirst().orElseThrow();
        assertThat(barnet.kolumn()).isEqualTo(kolumn);
        assertThat(barnet.kronor().belopp()).isEqualTo(kronor);
    }

    @ParameterizedTest(name = "{0}: 15 of 31 days of 7–10 år = {1} kr")
    @CsvSource({
            // 3 380 × 12 / 365 = 111,12 → 111 × 15 = 1 665
            "DAGBELOPP_GANGER_DAGAR, 1665",
            // 3 380 × 15 / 31 = 1 635,48 → 1 635
            "ANDEL_AV_MANADEN, 1635"
    })
    void dagberakning(Dagberakning regel, long kronor) {
        Berakningsresultat resultat = berakna(new Berakningsinstallningar(Aldersbyte.ALDER_FORSTA_DAGEN, regel),
                YearMonth.of(2023, 5), 15);
        Rad barnet = resultat.rader().stream().filter(r -> "barn".equals(r.medlem())).findFirst().orElseThrow();
        assertThat(barnet.kronor().belopp()).isEqualTo(kronor);
        assertThat(barnet.grunder()).anySatisfy(g -> assertThat(g.typ()).isEqualTo(Grundtyp.KOMMUNINSTALLNING));
    }

    private static Berakningsresultat berakna(Berakningsinstallningar installningar, YearMonth manad, Integer dagar) {
        Kommun nykoping = ProjektetsNormer.nykoping(2023).kommun();
        Kommun medVal = new Kommun(nykoping.id(), nykoping.kod(), nykoping.namn(), installningar);
        Normbok normbok = new Normbok(ProjektetsNormer.las().riksnormer().stream().map(NormFile::innehall).toList(),
                List.of(medVal), ProjektetsNormer.las().fordelningar().stream().map(NormFile::innehall).toList());
        Forfragan forfragan = new Forfragan("nykoping", Period.helManad(manad), List.of(
                new Medlem("förälder", null, 40, Roll.SOKANDE, null, false),
                new Medlem("barn", LocalDate.of(2016, 3, 15), null, Roll.BARN, dagar, false)), 0, List.of(), List.of());
        Utfall<Berakningsresultat> utfall = new Forsorjningsstodsberakning(ProjektetsNormer.regelbok()).berakna(forfragan, normbok);
        return ((Utfall.Beraknat<Berakningsresultat>) utfall).resultat();
    }
}
