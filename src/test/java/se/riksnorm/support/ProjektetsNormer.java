package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/** The repository's own norms/ directory, read as the service reads it, or copied for a test to change. */
public final class ProjektetsNormer {

    public static final Path KATALOG = Path.of("norms");

    private ProjektetsNormer() {
    }

    private static final NormFiles NORMER = new NormFileReader().las(KATALOG);
    private static final Regelbok REGELBOK = Regelbok.standard(NORMER.regler());

    /** norms/ as read once for all tests in the JVM; the domain objects are immutable. */
    public static NormFiles las() {
        return NORMER;
    }

    /** The project's rule sets over the law by month in norms/regler/. */
    public static Regelbok regelbok() {
        return REGELBOK;
    }

    /** Every table of norms/ as the service holds them. */
    public static Normbok normbok() {
        return new Normbok(NORMER.riksnormer().stream().map(NormFile::innehall).toList(),
                NORMER.kommuner().stream().map(NormFile::innehall).toList(),
                NORMER.fordelningar().stream().map(NormFile::innehall).toList());
    }

    /** The years norms/riksnorm/ holds, in order: what a test checks "every year" against, never a fixed list. */
    public static java.util.List<Integer> riksnormsar() {
        return NORMER.riksnormer().stream().map(f -> f.innehall().ar()).sorted().toList();
    }

    /** The table files a load stores (riksnorm years and fördelningar). */
    public static int antalTabellfiler() {
        return NORMER.riksnormer().size() + NORMER.fordelningar().size();
    }

    /** Every file a load of norms/ reports: the tables and the two files of the law by month. */
    public static int antalInlasningsfiler() {
        return antalTabellfiler() + NORMER.reglerFiler().size();
    }

    /** "2019–2026": the years of norms/riksnorm/ as a refusal names them. */
    public static String arsspann() {
        return riksnormsar().get(0) + "\u2013" + riksnormsar().get(riksnormsar().size() - 1);
    }

    public static Riksnorm riksnorm(int ar) {
        return NORMER.riksnormer().stream().map(NormFile::innehall).filter(r -> r.ar() == ar).findFirst().orElseThrow();
    }

    /** Nyköping's fördelning for the year. */
    public static Fordelning nykoping(int ar) {
        return NORMER.fordelningar().stream().map(NormFile::innehall)
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
