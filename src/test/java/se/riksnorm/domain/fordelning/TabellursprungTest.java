package se.riksnorm.domain.fordelning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one rule between a file in norms/ and the stored table of the same kommun and year (docs/adr/0051), case by case:
 * a file writes the year only where nothing is stored or where a draft that came from a file is stored; a decided table
 * never changes; a table that came through the service is never replaced by a file.
 */
class TabellursprungTest {

    @ParameterizedTest(name = "lagrad {0} {1}, lika {2} → {3}")
    @CsvSource({
            // nothing stored: the file is the table
            ",          ,          false, LAS_IN",
            // the file gives exactly what is stored, whatever its origin: nothing to do (an export brought them in step)
            "FIL,       FORSLAG,   true,  OFORANDRAD",
            "FIL,       BESLUTAD,  true,  OFORANDRAD",
            "INMATNING, FORSLAG,   true,  OFORANDRAD",
            "INMATNING, BESLUTAD,  true,  OFORANDRAD",
            "FORSLAG,   BESLUTAD,  true,  OFORANDRAD",
            // the file differs: a draft from a file is the file's to replace
            "FIL,       FORSLAG,   false, ERSATT",
            // a decided table never changes, from wherever it came
            "FIL,       BESLUTAD,  false, VAGRAD_BESLUTAD",
            "INMATNING, BESLUTAD,  false, VAGRAD_BESLUTAD",
            "FORSLAG,   BESLUTAD,  false, VAGRAD_BESLUTAD",
            // a draft entered through the API is the record: the file neither replaces nor hides it
            "INMATNING, FORSLAG,   false, VAGRAD_LAGRAD_I_TJANSTEN"})
    void filMotLagradTabell(Tabellursprung lagrat, Fordelningsstatus status, boolean lika, Tabellursprung.Filutslag utslag) {
        assertThat(Tabellursprung.forFil(lagrat, status, lika)).isEqualTo(utslag);
    }
}
