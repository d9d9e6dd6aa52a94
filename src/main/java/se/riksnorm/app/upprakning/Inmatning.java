package se.riksnorm.app.upprakning;

import java.util.List;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.kontroll.Avvikelse;

/**
 * A kommun's table entered through the API: as it is (or would be) stored, its findings against the year's riksnorm,
 * and what the person entering it should see besides.
 *
 * @param version the stored version, or {@code null} for a preview (nothing stored)
 * @param versionIKraft the version in force when the table was checked (0: none), which the store checks again
 * @param ersatter the decided version it replaces, or {@code null}
 * @param anmarkningar what the upload's reading noticed (a heading naming another kommun, a sum row that does not sum …)
 */
public record Inmatning(Fordelning tabell, List<Avvikelse> avvikelser, List<String> anmarkningar, Integer version,
                        int versionIKraft, Integer ersatter, String format) {

    public Inmatning {
        avvikelser = List.copyOf(avvikelser);
        anmarkningar = List.copyOf(anmarkningar);
    }

    public boolean lagrad() {
        return version != null;
    }

    Inmatning lagradSom(int lagradVersion) {
        return new Inmatning(tabell, avvikelser, anmarkningar, lagradVersion, versionIKraft, ersatter, format);
    }
}
