package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** A period's days, counted within a month by the days' numbers (docs/adr/0130), are the calendar's. */
class PeriodTest {

    @Test
    void dagarnaIEnManadArKalenderns() {
        int perioder = 0;
        for (YearMonth manad = YearMonth.of(2019, 1); !manad.isAfter(YearMonth.of(2028, 12)); manad = manad.plusMonths(1)) {
            for (int fran = 1; fran <= manad.lengthOfMonth(); fran++) {
                for (int till = fran; till <= manad.lengthOfMonth(); till++) {
                    Period period = new Period(manad.atDay(fran), manad.atDay(till));
                    assertThat(period.dagar()).isEqualTo(ChronoUnit.DAYS.between(period.fran(), period.till()) + 1);
                    assertThat(period.dagarIManaden()).isEqualTo(manad.lengthOfMonth());
                    perioder++;
                }
            }
        }
        assertThat(perioder).isEqualTo(57_467); // 120 months: Σ n(n+1)/2 over their lengths
    }

    @Test
    void raknadForHand() {
        assertThat(Period.helManad(YearMonth.of(2024, 2)).dagar()).isEqualTo(29); // a leap year's February
        assertThat(Period.helManad(YearMonth.of(2026, 2)).dagarIManaden()).isEqualTo(28);
        assertThat(new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31)).dagar()).isEqualTo(17); // 31 − 15 + 1
        // over two months: 17 days of March and 14 of April
        assertThat(new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14)).dagar()).isEqualTo(31);
        // over a year's end: 2 days of December and 31 of January
        assertThat(new Period(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 31)).dagar()).isEqualTo(33);
    }

    @Test
    void flerManadersPeriodHarIngenManadslangd() {
        Period period = new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14));
        assertThatThrownBy(period::dagarIManaden).isInstanceOf(IllegalStateException.class).hasMessageContaining("flera månader");
        assertThatThrownBy(period::manad).isInstanceOf(IllegalStateException.class).hasMessageContaining("flera månader");
    }
}
