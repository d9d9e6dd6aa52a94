package se.riksnorm.app.upprakning;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.normfiles.Exportutfall;
import se.riksnorm.normfiles.NormExport;
import se.riksnorm.storage.HistorikStore;
import se.riksnorm.storage.KommunStore;
import se.riksnorm.storage.NormStore;

/**
 * Stored tables written to {@code norms/} in the repository's own format, so a decision is committed and
 * reloaded unchanged; each export that writes is recorded in the table's history.
 */
@Singleton
public class ExportService {

    private final NormExport export;
    private final NormStore normStore;
    private final KommunStore kommuner;
    private final HistorikStore historik;
    private final Klocka klocka;

    ExportService(NormExport export, NormStore normStore, KommunStore kommuner, HistorikStore historik, Klocka klocka) {
        this.export = export;
        this.normStore = normStore;
        this.kommuner = kommuner;
        this.historik = historik;
        this.klocka = klocka;
    }

    public Exportutfall exportera(Riksnorm riksnorm, Anvandare anvandare) {
        Exportutfall utfall = export.exportera(riksnorm);
        if (utfall.andrad()) {
            historik.riksnorm(riksnorm.ar(), handelse(anvandare, utfall));
        }
        return utfall;
    }

    /** Only a decided table, the version in force: a draft is not a decision to commit. */
    public Exportutfall exportera(Kommun kommun, int ar, Anvandare anvandare) {
        Fordelningsversion version = iKraft(kommun, ar);
        Fordelning fordelning = version.fordelning();
        if (!fordelning.status().arLast()) {
            throw Vagran.saknas("ar", Integer.toString(ar), kommun.namn() + " " + ar + " är inte beslutad; bara en beslutad "
                    + "fördelning exporteras till norms/.");
        }
        Exportutfall utfall = export.exportera(fordelning, version.version(), kommuner.umgangesregel(kommun.id()).orElse(null));
        if (utfall.andrad()) {
            historik.fordelning(kommun.id(), ar, handelse(anvandare, utfall));
        }
        return utfall;
    }

    /** The file text of the kommun's table in force, for review. */
    public String text(Kommun kommun, int ar) {
        Fordelningsversion version = iKraft(kommun, ar);
        return export.text(version.fordelning(), version.version());
    }

    public String text(Riksnorm riksnorm) {
        return export.text(riksnorm);
    }

    private Fordelningsversion iKraft(Kommun kommun, int ar) {
        List<Fordelningsversion> versioner = normStore.versioner(kommun, ar);
        return versioner.stream().max(Comparator.comparingInt(Fordelningsversion::version)).orElseThrow(() ->
                Vagran.saknas("ar", Integer.toString(ar), kommun.namn() + " har ingen fördelning för " + ar + "."));
    }

    private Handelse handelse(Anvandare anvandare, Exportutfall utfall) {
        return new Handelse(Handelsetyp.EXPORTERAD, anvandare, klocka.nu(), "Skriven till " + utfall.fil()
                + (utfall.nyaFiler().isEmpty() ? "" : ", med " + String.join(", ", utfall.nyaFiler()))
                + (utfall.tillagdaKallor().isEmpty() ? "" : "; nya källor i kallor.yaml: " + String.join(", ", utfall.tillagdaKallor())),
                null, List.of());
    }
}
