package se.riksnorm.normfiles;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.regler.Regelparametrar;

/**
 * The rules in force: the service's rule sets over the law by month read from {@code norms/regler/}. The law is
 * not stored in the database (docs/adr/0090): it is versioned with the code in norms/, read on every start and on
 * every load of norms/, and a file that cannot be read leaves the rules in force as they were.
 */
@Singleton
public class Regelregister {

    private final AtomicReference<Regelbok> aktuell = new AtomicReference<>(Regelbok.standard(Regelparametrar.tom()));
    /** The content of each rule file as last used, to report a reload as unchanged. */
    private final Map<String, String> lasta = new ConcurrentHashMap<>();

    public Regelbok aktuell() {
        return aktuell.get();
    }

    /** Reads only the rules of a norms directory (a start that does not load the tables). */
    public List<Filutfall> lasIn(Path katalog) {
        return anvand(katalog, new NormFileReader().las(katalog));
    }

    /** Puts the rules of files just read in force, and says per file what that did; files in error are reported by the reader. */
    public List<Filutfall> anvand(Path katalog, NormFiles filer) {
        boolean reglerMedFel = filer.fel().stream().anyMatch(f -> f.fil().contains("/regler/"));
        if (reglerMedFel) {
            return List.of();
        }
        if (filer.reglerFiler().isEmpty()) {
            aktuell.set(Regelbok.standard(Regelparametrar.tom()));
            lasta.clear();
            return List.of(Filutfall.fel(NormFileReader.visning(katalog.toAbsolutePath().normalize(),
                    katalog.toAbsolutePath().normalize().resolve("regler")), "mappen regler/ med lagrum.yaml och parametrar.yaml "
                    + "saknas: utan lagen månad för månad kan ingen månad beräknas"));
        }
        Regelbok regelbok;
        try {
            regelbok = Regelbok.standard(filer.regler());
        } catch (IllegalArgumentException e) {
            return List.of(Filutfall.fel(filer.reglerFiler().get(filer.reglerFiler().size() - 1), e.getMessage()
                    + "; reglerna som gällde gäller fortfarande"));
        }
        aktuell.set(regelbok);
        List<Filutfall> utfall = new ArrayList<>();
        Path bas = katalog.toAbsolutePath().normalize().getParent();
        for (String fil : filer.reglerFiler()) {
            String innehall = innehall(bas == null ? Path.of(fil) : bas.resolve(fil));
            String forut = lasta.put(fil, innehall);
            Inlasningsutfall vad = forut == null ? Inlasningsutfall.NY : forut.equals(innehall) ? Inlasningsutfall.OFORANDRAD : Inlasningsutfall.UPPDATERAD;
            utfall.add(new Filutfall(fil, vad, switch (vad) {
                case NY -> "Lagen månad för månad inläst";
                case OFORANDRAD -> "Lagen månad för månad är oförändrad";
                default -> "Lagen månad för månad ersatt; gäller för beräkningar från nu";
            }, List.of(), List.of()));
        }
        return utfall;
    }

    private static String innehall(Path fil) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(fil)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "oläslig";
        }
    }
}
