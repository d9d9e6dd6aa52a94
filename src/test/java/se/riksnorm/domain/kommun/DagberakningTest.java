package se.riksnorm.domain.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.riksnorm.domain.belopp.Kronor;

class DagberakningTest {

    @Test
    void dagbeloppGangerDagar() {
        // 3 380 × 12 / 365 = 111,12 → 111 per dag; × 15 = 1 665
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(3380), 15, 31)).isEqualTo(Kronor.of(1665));
        // a whole month is the month's amount, not 31 × 111 = 3 441
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(3380), 31, 31)).isEqualTo(Kronor.of(3380));
        // 30 days of a 31-day month: 30 × 111 = 3 330
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(3380), 30, 31)).isEqualTo(Kronor.of(3330));
        // 28 days in a 28-day February is the whole month
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(3380), 28, 28)).isEqualTo(Kronor.of(3380));
    }

    @Test
    void dagbeloppetOverstigerAldrigManaden() {
        // 1 000 × 12 / 365 = 32,88 → 33 per dag; 30 days of a 31-day month: 990, under 1 000
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(1000), 30, 31)).isEqualTo(Kronor.of(990));
        // 1 021 × 12 / 365 = 33,57 → 34; 30 × 34 = 1 020, still under the month's 1 021
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(1021), 30, 31)).isEqualTo(Kronor.of(1020));
        // 1 050 × 12 / 365 = 34,52 → 35; 30 × 35 = 1 050: the rounding up reaches, but never passes, the month
        assertThat(Dagberakning.DAGBELOPP_GANGER_DAGAR.forDagar(Kronor.of(1050), 30, 31)).isEqualTo(Kronor.of(1050));
    }

    @Test
    void andelAvManaden() {
        // 3 380 × 15 / 31 = 1 635,48 → 1 635
        assertThat(Dagberakning.ANDEL_AV_MANADEN.forDagar(Kronor.of(3380), 15, 31)).isEqualTo(Kronor.of(1635));
    }
}
