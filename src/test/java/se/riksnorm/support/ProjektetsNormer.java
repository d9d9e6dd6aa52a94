package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.Normfil;
import se.riksnorm.normfiles.Normfiler;

/** The repository's own norms/ directory, read as the service reads it, or copied for a test to change. */
public final class ProjektetsNormer {

    public static final Path KATALOG = Path.of("norms");

    private ProjektetsNormer() {
    }

    private static final Normfiler NORMER = new NormFileReader().las(KATALOG);

    /** norms/ as read once for all tests in the JVM; the domain objects are immutable. */
    public static Normfiler las() {
        return NORMER;
    }

    public static Riksnorm riksnorm(int ar) {
        return NORMER.riksnormer().stream().map(Normfil::innehall).filter(r -> r.ar() == ar).findFirst().orElseThrow();
    }

    /** Nyköping's fördelning for the year. */
    public static Fordelning nykoping(int ar) {
        return NORMER.fordelningar().stream().map(Normfil::innehall)
                .filter(f -> f.kommun().id().equals("nykoping") && f.ar() == ar).findFirst().orElseThrow();
    }

    /** A copy of norms/ under {@code mal}/norms, which a test may edit. */
    public static Path kopia(Path mal) {
        Path kopia = mal.resolve("norms");
        try (Stream<Path> filer = Files.walk(KATALOG)) {
            for (Path fil : filer.toList()) {
                Path dit = kopia.resolve(KATALOG.relativize(fil).toString());
                if (Files.isDirectory(fil)) {
                    Files.createDirectories(dit);
                } else {
                    Files.copy(fil, dit, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kopia;
    }

    /** Replaces the first occurrence of {@code fran} in a file: a test's edit of a norms file. */
    public static void andra(Path fil, String fran, String till) {
        try {
            String text = Files.readString(fil);
            if (!text.contains(fran)) {
                throw new IllegalArgumentException(fil + " innehåller inte " + fran);
            }
            Files.writeString(fil, text.replaceFirst(java.util.regex.Pattern.quote(fran),
                    java.util.regex.Matcher.quoteReplacement(till)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
