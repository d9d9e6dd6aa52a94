package se.riksnorm.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The checker of the cases' hand arithmetic: what it accepts, and that a wrong figure fails. */
class RakningTest {

    @Test
    void enKorrektRakningGerSittSistaVarde() {
        assertThat(Rakning.kontrollera("3 490 + 1 130 = 4 620")).isEqualByComparingTo("4620");
        assertThat(Rakning.kontrollera("3 380 × 12 / 365 = 111,12 → 111; 111 × 15 = 1 665; 3 490 + 1 665 + 1 250 (2 personer; "
                + "barnet räknas i båda hemmen) = 6 405")).isEqualByComparingTo("6405");
        assertThat(Rakning.kontrollera("3 910 + 1 270 = 5 180 + 6 000 − 7 500 = 3 680")).isEqualByComparingTo("3680");
        assertThat(Rakning.kontrollera("yngst: round(3 100 × 12 / 365 = 101,92) = 102 × 15 = 1 530; 40 % × 1 530 = 612"))
                .isEqualByComparingTo("612");
        assertThat(Rakning.kontrollera("December, 17 days: 130 (3 940 × 12 / 365 = 129,53) × 17 = 2 210"))
                .isEqualByComparingTo("2210");
        assertThat(Rakning.kontrollera("max(0, 4 620 + 6 000 − 15 000) = 0; 0 + 3 000 = 3 000 ≤ 59 200"))
                .isEqualByComparingTo(new BigDecimal("59200"));
    }

    @Test
    void enFelRakningFaller() {
        assertThatThrownBy(() -> Rakning.kontrollera("3 490 + 1 130 = 4 630")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("3 490 + 1 130 = 4 630");
        assertThatThrownBy(() -> Rakning.kontrollera("3 380 × 12 / 365 = 111,13")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Rakning.kontrollera("130 (3 940 × 12 / 365 = 129,63) × 17 = 2 210")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Rakning.kontrollera("526,67 → 528")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Rakning.kontrollera("60 000 ≤ 59 200")).isInstanceOf(AssertionError.class);
        // a running total must go on from the value before it
        assertThatThrownBy(() -> Rakning.kontrollera("3 910 + 1 270 = 5 190 + 6 000 − 7 500 = 3 690")).isInstanceOf(AssertionError.class);
    }

    @Test
    void ordDarEttTalSkaStaVagras() {
        assertThatThrownBy(() -> Rakning.kontrollera("4 620 + 6 000 − 15 000 = −4 380 → försörjningsstöd 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rakning.kontrollera("3 000 ≤ 59 200, so 0 counts")).isInstanceOf(IllegalArgumentException.class);
    }
}
