package se.riksnorm.support;

import java.nio.file.Path;
import java.util.Map;

/**
 * A running service on its own database and its own copy of norms/, which the test (or the service's
 * export) may change without touching the repository's files.
 */
public abstract class KorandeTjanstMedNormer extends KorandeTjanst {

    /** The copy the service loads on start and exports into. */
    protected final Path normer = ProjektetsNormer.kopia(tempKatalog);

    @Override
    protected Map<String, String> fler() {
        return Map.of("riksnorm.norms.directory", normer.toString());
    }
}
