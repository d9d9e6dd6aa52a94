package se.riksnorm.domain.belopp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.WithSettings;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;
import org.instancio.junit.Given;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InstancioExtension.class)
class AvrundningTest {

    @WithSettings
    private final Settings settings = Settings.create()
            .set(Keys.LONG_MIN, -10_000_000L)
            .set(Keys.LONG_MAX, 10_000_000L);

    @Test
    void uppatTillTiotalGerRiksnormen2023() {
        // riksnorm 2022 ensamstående 3 210 × 1,086 = 3 486,06 → 3 490 (riksnorm 2023)
        assertThat(Avrundning.UPPAT_TILL_TIOTAL.avrunda(new BigDecimal("3486.06"))).isEqualTo(Kronor.of(3490));
        // gemensamma 5 personer 1 890 × 1,086 = 2 052,54 → 2 060 (riksnorm 2023)
        assertThat(Avrundning.UPPAT_TILL_TIOTAL.avrunda(new BigDecimal("2052.54"))).isEqualTo(Kronor.of(2060));
        assertThat(Avrundning.UPPAT_TILL_TIOTAL.avrunda(new BigDecimal("2060"))).isEqualTo(Kronor.of(2060));
    }

    @Test
    void narmasteTiotalAvrundarHalvorUppat() {
        // riksnorm 2019 0 år 2 130 × 1,019 = 2 170,47 → 2 170 (riksnorm 2020)
        assertThat(Avrundning.NARMASTE_TIOTAL.avrunda(new BigDecimal("2170.47"))).isEqualTo(Kronor.of(2170));
        assertThat(Avrundning.NARMASTE_TIOTAL.avrunda(new BigDecimal("2175"))).isEqualTo(Kronor.of(2180));
    }

    @Test
    void kvotenAvrundasExakt() {
        // matnorm per vecka 2023, 0 år: 823 × 84 / 365 = 189,40… → 189 (bilagan: 189)
        assertThat(Avrundning.HALVT_UPPAT.avrundaKvot(new BigDecimal(823 * 84), new BigDecimal(365))).isEqualTo(Kronor.of(189));
        // umgängesnorm 2022, 0 år: (2 220 − 555) × 12 / 365,25 = 54,70… → 54 nedåt (bilagan: 54)
        assertThat(Avrundning.NEDAT.avrundaKvot(new BigDecimal((2220 - 555) * 12), new BigDecimal("365.25"))).isEqualTo(Kronor.of(54));
        // 7 / 2 = 3,5 exakt: halvt uppåt ger 4, nedåt 3
        assertThat(Avrundning.HALVT_UPPAT.avrundaKvot(BigDecimal.valueOf(7), BigDecimal.valueOf(2))).isEqualTo(Kronor.of(4));
        assertThat(Avrundning.NEDAT.avrundaKvot(BigDecimal.valueOf(7), BigDecimal.valueOf(2))).isEqualTo(Kronor.of(3));
    }

    @RepeatedTest(200)
    void uppatTillTiotalArMinstaTiotaletSomInteArMindre(@Given long ore) {
        BigDecimal exakt = BigDecimal.valueOf(ore, 2);
        long avrundat = Avrundning.UPPAT_TILL_TIOTAL.avrunda(exakt).belopp();
        assertThat(avrundat % 10).isZero();
        assertThat(BigDecimal.valueOf(avrundat)).isGreaterThanOrEqualTo(exakt);
        assertThat(BigDecimal.valueOf(avrundat - 10)).isLessThan(exakt);
    }

    @RepeatedTest(200)
    void halvtUppatHamnarHogstEnHalvKronaFran(@Given long ore) {
        BigDecimal exakt = BigDecimal.valueOf(ore, 2);
        BigDecimal avrundat = Avrundning.HALVT_UPPAT.avrunda(exakt).toBigDecimal();
        assertThat(avrundat.subtract(exakt).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
    }
}
