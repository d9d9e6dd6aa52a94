package se.riksnorm.domain.belopp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KronorTest {

    @Test
    void summerarEnKolumnSomBilagan() {
        // Nyköping 2023, gemensamma kostnader 5 personer: 385 + 1 641 = 2 026
        assertThat(Kronor.sum(List.of(Kronor.of(385), Kronor.of(1641)))).isEqualTo(Kronor.of(2026));
    }

    @Test
    void skriverSvenskt() {
        assertThat(Kronor.of(2026).svenskText()).isEqualTo("2 026 kr");
        assertThat(Kronor.of(-34).svenskText()).isEqualTo("\u221234 kr");
        assertThat(Kronor.of(6).svenskTextMedTecken()).isEqualTo("+6 kr");
        assertThat(Kronor.of(1234567).svenskText()).isEqualTo("1 234 567 kr");
        assertThat(Kronor.of(Long.MIN_VALUE).svenskText()).isEqualTo("\u22129 223 372 036 854 775 808 kr");
        assertThat(Kronor.NOLL.svenskTextMedTecken()).isEqualTo("0 kr");
    }

    @Test
    void raknarAldrigOverGransenTystIStallet() {
        assertThatThrownBy(() -> Kronor.of(Long.MAX_VALUE).plus(Kronor.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Kronor.of(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }
}
