package se.riksnorm.support;

import java.nio.file.Path;
import java.util.Map;

/** A running service on its own database and its own copy of norms/, which the test may edit and reload. */
public abstract class EgnaNormer extends KorandeTjanst {

    protected final Path normer = ProjektetsNormer.kopia(tempKatalog);

    @Override
    protected Map<String, String> fler() {
        return Map.of("riksnorm.norms.directory", normer.toString());
    }
}
