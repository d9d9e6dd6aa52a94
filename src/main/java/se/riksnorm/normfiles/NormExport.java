package se.riksnorm.normfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.domain.tabell.Celltabell;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.domain.upprakning.Vagran;

/**
 * Writes a stored table into the configured {@code norms/} directory, so a decision can be committed and
 * is reloaded unchanged: the table's file, and any source it cites that kallor.yaml lacks (appended, the
 * file's comments kept). The written files are read back with {@link NormFileReader}; unless they give
 * exactly the stored table, both files are restored and the export is refused.
 */
@Singleton
public class NormExport {

    private static final String KALLOR = "kallor.yaml";
    private static final String KOMMUNFIL = "kommun.yaml";

    private final NormsConfiguration configuration;
    private final NormFileWriter writer = new NormFileWriter();
    private final NormFileReader reader = new NormFileReader();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    NormExport(NormsConfiguration configuration) {
        this.configuration = configuration;
    }

    public String text(Riksnorm riksnorm) {
        return writer.riksnorm(riksnorm, "databasen (status " + riksnorm.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    public String text(Fordelning fordelning, int version) {
        return writer.fordelning(fordelning, "databasen, version " + version);
    }

    public synchronized Exportutfall exportera(Riksnorm riksnorm) {
        Path katalog = katalog();
        return skriv(katalog, katalog.resolve("riksnorm").resolve(riksnorm.ar() + ".yaml"), text(riksnorm),
                NormFileWriter.kallor(riksnorm), filer -> filer.riksnormer().stream().map(NormFile::innehall)
                        .filter(r -> r.ar() == riksnorm.ar()).findFirst().map(NormExport::innehall),
                innehall(riksnorm));
    }

    /**
     * Exports a decided table (the version in force). A kommun without a folder in norms/ (one that entered its table
     * through the API) gets one: its kommun.yaml, with the choices it has, is written first.
     *
     * @param regel the kommun's own umgänge rule, or {@code null}, for a kommun.yaml that is written
     */
    public synchronized Exportutfall exportera(Fordelning fordelning, int version, Umgangesregel regel) {
        Path katalog = katalog();
        Path kommunkatalog = katalog.resolve("kommuner").resolve(fordelning.kommun().id());
        Path kommunfil = kommunkatalog.resolve(KOMMUNFIL);
        List<String> skrivna = new ArrayList<>();
        if (!Files.isRegularFile(kommunfil)) {
            try {
                skrivAtomiskt(kommunfil, writer.kommun(fordelning.kommun(), regel, "databasen"));
            } catch (IOException e) {
                throw Vagran.saknas("norms", katalog.toString(), "Normkatalogen " + katalog + " kan inte skrivas: " + e.getMessage());
            }
            skrivna.add(NormFileReader.visning(katalog, kommunfil));
        }
        try {
            Exportutfall utfall = skriv(katalog, kommunkatalog.resolve(fordelning.ar() + ".yaml"), text(fordelning, version),
                    Set.of(fordelning.kalla()), filer -> filer.fordelningar().stream().map(NormFile::innehall)
                            .filter(f -> f.kommun().id().equals(fordelning.kommun().id()) && f.ar() == fordelning.ar())
                            .findFirst().map(NormExport::innehall),
                    innehall(fordelning));
            return skrivna.isEmpty() ? utfall : new Exportutfall(utfall.fil(), true, utfall.tillagdaKallor(), utfall.innehall(), skrivna);
        } catch (RuntimeException e) {
            if (!skrivna.isEmpty()) {
                try {
                    Files.deleteIfExists(kommunfil);
                    Files.deleteIfExists(kommunkatalog);
                } catch (IOException ignorerad) {
                    // the export is refused either way; a left-over folder holds only the kommun.yaml just written
                }
            }
            throw e;
        }
    }

    private Exportutfall skriv(Path katalog, Path fil, String text, Collection<Kalla> kallor,
                               Function<NormFiles, Optional<Innehall>> lasTillbaka, Innehall vantad) {
        String visning = NormFileReader.visning(katalog, fil);
        Path kallfil = katalog.resolve(KALLOR);
        try {
            String kallorFore = Files.readString(kallfil, StandardCharsets.UTF_8);
            List<Kalla> nya = saknade(kallorFore, kallor);
            String fore = Files.isRegularFile(fil) ? Files.readString(fil, StandardCharsets.UTF_8) : null;
            if (fore != null && nya.isEmpty() && (text.equals(fore) || lasesSom(katalog, visning, lasTillbaka, vantad))) {
                // the file holds this table already, perhaps hand-written with its comments: it is kept as it is
                return new Exportutfall(visning, false, List.of(), fore);
            }
            StringBuilder kallorEfter = new StringBuilder(kallorFore);
            if (!kallorFore.endsWith("\n")) {
                kallorEfter.append('\n');
            }
            nya.forEach(kalla -> kallorEfter.append(NormFileWriter.kallpost(kalla)));
            skrivAtomiskt(kallfil, kallorEfter.toString());
            skrivAtomiskt(fil, text);
            try {
                kravLasesTillbaka(katalog, visning, lasTillbaka, vantad);
            } catch (RuntimeException e) {
                aterstall(kallfil, kallorFore, fil, fore);
                throw e;
            }
            return new Exportutfall(visning, true, nya.stream().map(Kalla::id).toList(), text);
        } catch (IOException e) {
            throw Vagran.saknas("norms", katalog.toString(), "Normkatalogen " + katalog + " kan inte skrivas: " + e.getMessage());
        }
    }

    /** Whether the directory as it is reads, without an error in the table's file, to exactly the stored table. */
    private boolean lasesSom(Path katalog, String visning, Function<NormFiles, Optional<Innehall>> lasTillbaka, Innehall vantad) {
        NormFiles filer = reader.las(katalog);
        return filer.fel().stream().noneMatch(e -> e.fil().equals(visning)) && lasTillbaka.apply(filer).filter(vantad::equals).isPresent();
    }

    /** The written directory must read back, without an error in the two files, to exactly the stored table. */
    private void kravLasesTillbaka(Path katalog, String visning, Function<NormFiles, Optional<Innehall>> lasTillbaka,
                                   Innehall vantad) {
        NormFiles filer = reader.las(katalog);
        List<String> fel = new ArrayList<>();
        filer.fel().stream().filter(e -> e.fil().equals(visning) || e.fil().endsWith(KALLOR) || e.fil().endsWith(KOMMUNFIL))
                .forEach(e -> fel.add(e.getMessage()));
        Optional<Innehall> last = lasTillbaka.apply(filer);
        if (!fel.isEmpty() || last.isEmpty() || !last.get().equals(vantad)) {
            throw new IllegalStateException(visning + " läses inte tillbaka till den lagrade tabellen: "
                    + (fel.isEmpty() ? last.map(t -> t.skillnader(vantad)).orElse("filen saknas") : fel));
        }
    }

    /** A table as the file holds it: its cells and what it says about them (status, decision, source, period). */
    private record Innehall(Celltabell celler, List<Object> uppgifter) {

        String skillnader(Innehall vantad) {
            List<?> celler = this.celler.skillnaderMot(vantad.celler);
            return celler.isEmpty() ? "uppgifterna " + uppgifter + " i stället för " + vantad.uppgifter : celler.toString();
        }
    }

    private static Innehall innehall(Fordelning f) {
        return new Innehall(FordelningCells.tabell(f), java.util.Arrays.asList(f.status(), f.beslut(), f.kalla().id()));
    }

    private static Innehall innehall(Riksnorm r) {
        return new Innehall(RiksnormCells.tabell(r), java.util.Arrays.asList(r.status(), r.giltighet(),
                r.upprakningen().map(u -> u.procent().stripTrailingZeros().toPlainString() + " " + u.avrundning() + " " + u.kalla().id())
                        .orElse(null)));
    }

    /** The sources kallor.yaml does not name yet. */
    private List<Kalla> saknade(String kallorText, Collection<Kalla> kallor) throws IOException {
        JsonNode dokument = yaml.readTree(kallorText);
        Map<String, Kalla> saknas = new LinkedHashMap<>();
        for (Kalla kalla : kallor) {
            if (dokument == null || !dokument.path("kallor").has(kalla.id())) {
                saknas.putIfAbsent(kalla.id(), kalla);
            }
        }
        return new ArrayList<>(saknas.values());
    }

    private static void skrivAtomiskt(Path fil, String text) throws IOException {
        Files.createDirectories(fil.getParent());
        Path tillfallig = Files.createTempFile(fil.getParent(), ".export-", ".yaml");
        Files.writeString(tillfallig, text, StandardCharsets.UTF_8);
        Files.move(tillfallig, fil, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void aterstall(Path kallfil, String kallor, Path fil, String fore) throws IOException {
        skrivAtomiskt(kallfil, kallor);
        if (fore == null) {
            Files.deleteIfExists(fil);
        } else {
            skrivAtomiskt(fil, fore);
        }
    }

    private Path katalog() {
        return Path.of(configuration.directory()).toAbsolutePath().normalize();
    }
}
