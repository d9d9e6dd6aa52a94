package se.riksnorm.domain.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The month a child moves to the next age band, by each rule a kommun can choose, around the seventh birthday. */
class AldersbyteTest {

    @ParameterizedTest(name = "born {0}, {1}: {2} → {3} år")
    @CsvSource({
            // born mid-month: the birthday month is the one month where the rules differ
            "2016-03-15, 2023-02, ALDER_FORSTA_DAGEN, 6",
            "2016-03-15, 2023-03, ALDER_FORSTA_DAGEN, 6",
            "2016-03-15, 2023-04, ALDER_FORSTA_DAGEN, 7",
            "2016-03-15, 2023-02, FODELSEMANADEN, 6",
            "2016-03-15, 2023-03, FODELSEMANADEN, 7",
            "2016-03-15, 2023-04, FODELSEMANADEN, 7",
            "2016-03-15, 2023-02, MANADEN_EFTER_FODELSEMANADEN, 6",
            "2016-03-15, 2023-03, MANADEN_EFTER_FODELSEMANADEN, 6",
            "2016-03-15, 2023-04, MANADEN_EFTER_FODELSEMANADEN, 7",
            // born on the 1st: the child is 7 all of March, so the age on the 1st already counts it
            "2016-03-01, 2023-03, ALDER_FORSTA_DAGEN, 7",
            "2016-03-01, 2023-03, FODELSEMANADEN, 7",
            "2016-03-01, 2023-03, MANADEN_EFTER_FODELSEMANADEN, 6",
            "2016-03-01, 2023-04, MANADEN_EFTER_FODELSEMANADEN, 7",
            // born on the last day
            "2016-03-31, 2023-03, ALDER_FORSTA_DAGEN, 6",
            "2016-03-31, 2023-04, ALDER_FORSTA_DAGEN, 7",
            // born on a leap day: 7 from March in a common year
            "2016-02-29, 2023-02, ALDER_FORSTA_DAGEN, 6",
            "2016-02-29, 2023-02, FODELSEMANADEN, 7",
            "2016-02-29, 2023-03, ALDER_FORSTA_DAGEN, 7",
            // born during the calculation month: 0 år
            "2023-03-20, 2023-03, ALDER_FORSTA_DAGEN, 0",
            "2023-03-20, 2023-03, FODELSEMANADEN, 0"
    })
    void alder(LocalDate fodd, YearMonth manad, Aldersbyte regel, int alder) {
        assertThat(regel.alderFor(fodd, manad)).isEqualTo(alder);
    }
}
