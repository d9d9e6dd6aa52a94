package se.riksnorm.app.upprakning;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Andringsutfall;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.Beslutskalla;
import se.riksnorm.domain.upprakning.Cellandring;
import se.riksnorm.domain.upprakning.FordelningUpprakning;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.storage.HistorikStore;
import se.riksnorm.storage.LagratForslag;
import se.riksnorm.storage.KommunStore;
import se.riksnorm.storage.Kommunval;
import se.riksnorm.storage.NormStore;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.UpprakningStore;

/**
 * A kommun's proposal (förslag) from its making to the nämnd's decision: computed from a base year, adjusted
 * cell by cell, its umgängesnorm confirmed, decided (or thrown away). Each write and its history entry are one
 * transaction, and each write names the revision it was made on: the stored proposal must still be at that
 * revision and undecided, which the database's own UPDATE checks, so any number of replicas may write at once
 * and a write made on an old state changes nothing (docs/adr/0140). Reading, proposing and deciding are separate
 * operations, with separate roles.
 */
@Singleton
public class ForslagService {

    private final Normregister register;
    private final NormStore normStore;
    private final KommunStore kommuner;
    private final UpprakningStore store;
    private final HistorikStore historik;
    private final Klocka klocka;

    ForslagService(Normregister register, NormStore normStore, KommunStore kommuner, UpprakningStore store, HistorikStore historik,
                  Klocka klocka) {
        this.register = register;
        this.normStore = normStore;
        this.kommuner = kommuner;
        this.store = store;
        this.historik = historik;
        this.klocka = klocka;
    }

    /**
     * Proposes the kommun's table for {@code ar} from the table in force for {@code fran}: the year before, or
     * the year itself to correct a decided table.
     */
    public LagratForslag skapa(Kommun kommun, int ar, int fran, Anvandare anvandare, String motivering) {
        if (fran > ar) {
            throw Vagran.ogiltigt("fran", Integer.toString(fran), "Ett förslag för " + ar + " utgår från " + ar
                    + " eller ett tidigare år, inte " + fran + ".");
        }
        Normbok normbok = register.aktuell();
        Fordelning bas = normbok.fordelning(kommun, fran).orElseThrow(() -> Vagran.saknas("fran", Integer.toString(fran),
                kommun.namn() + " har ingen fördelning för " + fran + " att utgå från" + arMedFordelning(kommun, normbok) + "."));
        Riksnorm riksnorm = normbok.riksnorm(ar).orElseThrow(() -> Vagran.saknas("ar", Integer.toString(ar),
                "Riksnormen för " + ar + " finns inte ännu: föreslå den först ur " + (ar - 1) + " med regeringens uppräkning."));
        Umgangesregel regel = kommuner.umgangesregel(kommun.id()).orElse(Umgangesregel.standard());
        Avrundning ungdomsandel = kommuner.val(kommun.id()).map(Kommunval::hemmavarandeAvrundning).orElse(null);
        Fordelning grund = ungdomsandel == null ? bas
                : bas.medHemmavarandeUngdom(new HemmavarandeUngdom(ungdomsandel, bas.hemmavarandeUngdom().exempel()));
        Fordelning tabell = FordelningUpprakning.foresla(grund, riksnorm, regel, exempelstorlek(kommun, bas, normbok));
        String standard = "Uppräknad ur " + kommun.namn() + " " + fran + bas.beslutet().map(b -> b.diarienummer() == null
                ? "" : " (" + b.diarienummer() + ")").orElse("") + " till riksnormen " + ar + " (" + (riksnorm.status().arLast() ? "fastställd" : "preliminär") + ")";
        return store.skapa(Forslag.nytt(fran, tabell, regel), new Handelse(Handelsetyp.FORSLAG_SKAPAT, anvandare, klocka.nu(),
                RiksnormForslagService.motivering(motivering, standard), null, List.of()));
    }

    public Optional<Forslag> hamta(long id) {
        return store.hamta(id).map(LagratForslag::forslag);
    }

    /** The proposal with its revision (its ETag). */
    public Optional<LagratForslag> hamtaLagrat(long id) {
        return store.hamta(id);
    }

    public List<Forslag> lista(Kommun kommun) {
        return store.lista(kommun.id());
    }

    /** The proposal's findings against its year's riksnorm as it is stored now. */
    public List<Avvikelse> avvikelser(Forslag forslag) {
        return register.aktuell().riksnorm(forslag.fordelning().ar())
                .map(riksnorm -> FordelningKontroll.kontrollera(forslag.fordelning(), riksnorm)).orElse(List.of());
    }

    /**
     * Applies the sakkunnig's changes, all or none, and records each changed cell with who, when and why.
     *
     * @param revision the revision the changes were made on (the ETag the caller read), {@code null} for any
     */
    public LagradAndring andra(long id, Integer revision, List<Cellandring> andringar, Anvandare anvandare, String motivering) {
        LagratForslag lagrat = las(id, revision);
        String varfor = kravMotivering(motivering);
        Andringsutfall utfall = lagrat.forslag().andra(andringar);
        if (utfall.skillnader().isEmpty()) {
            return new LagradAndring(utfall, lagrat.revision());
        }
        int ny = store.sparaAndring(utfall.forslag(), lagrat.revision(), new Handelse(Handelsetyp.CELLER_ANDRADE, anvandare,
                klocka.nu(), varfor, id, utfall.skillnader()));
        return new LagradAndring(utfall, ny);
    }

    /** @param revision see {@link #andra} */
    public LagratForslag bekraftaUmgangesnorm(long id, Integer revision, Anvandare anvandare, String motivering) {
        LagratForslag lagrat = las(id, revision);
        Forslag forslag = lagrat.forslag();
        Forslag bekraftat = forslag.medBekraftadUmgangesnorm();
        int ny = store.sparaAndring(bekraftat, lagrat.revision(), new Handelse(Handelsetyp.UMGANGESNORM_BEKRAFTAD, anvandare,
                klocka.nu(), RiksnormForslagService.motivering(motivering, "Föreslagen umgängesnorm bekräftad: "
                + forslag.umgangesregel()), id, List.of()));
        return new LagratForslag(bekraftat, ny);
    }

    /**
     * Hands the proposal over for the nämnd's decision (the beslutsfattare's list): refused while the table has
     * findings or the umgängesnorm is unconfirmed; a preliminary riksnorm may still be replaced before the decision.
     * A later change of a cell takes it back ({@code Overlamning}).
     *
     * @param revision see {@link #andra}
     */
    public LagratForslag lamnaOver(long id, Integer revision, Anvandare anvandare, String motivering) {
        LagratForslag lagrat = las(id, revision);
        Forslag forslag = lagrat.forslag();
        List<String> hinder = new ArrayList<>();
        if (!forslag.umgangesnormBekraftad()) {
            hinder.add("Umgängesnormen är inte bekräftad.");
        }
        avvikelser(forslag).forEach(avvikelse -> hinder.add(avvikelse.meddelande()));
        if (!hinder.isEmpty()) {
            throw new Vagran(Vagran.Orsak.BESLUT_HINDRAS, se.riksnorm.domain.belopp.Svenskt.forstaVersal(forslag.namn())
                    + " kan inte lämnas över för beslut ännu: " + String.join(" ", hinder), null, null, hinder);
        }
        int ny = store.sparaAndring(forslag, lagrat.revision(), new Handelse(Handelsetyp.OVERLAMNAT_FOR_BESLUT, anvandare,
                klocka.nu(), RiksnormForslagService.motivering(motivering, "Överlämnat för beslut"), id, List.of()));
        return new LagratForslag(forslag, ny);
    }

    /**
     * Decides the proposal with the nämnd's decision. Where the year already has a decided table in force, the
     * decision must name its version ({@code ersatter}); the old version stays readable.
     *
     * @param revision see {@link #andra}
     */
    public LagratForslag besluta(long id, Integer revision, Beslut beslut, Integer ersatter, Anvandare anvandare) {
        LagratForslag lagrat = las(id, revision);
        Forslag forslag = lagrat.forslag();
        Fordelning tabell = forslag.fordelning();
        Normbok normbok = register.aktuell();
        Riksnorm riksnorm = normbok.riksnorm(tabell.ar()).orElseThrow();
        Optional<Fordelningsversion> gallande = normStore.versioner(tabell.kommun(), tabell.ar()).stream()
                .max(Comparator.comparingInt(Fordelningsversion::version));
        try {
            kravRattErsattning(tabell, gallande, ersatter);
        } catch (Vagran vagran) {
            las(id, lagrat.revision()); // decided meanwhile by another request: say so, not that a version must be named
            throw vagran;
        }
        Fordelning beslutad = forslag.beslutas(beslut, Beslutskalla.av(tabell.kommun(), tabell.ar(), beslut), riksnorm,
                FordelningKontroll.kontrollera(tabell, riksnorm));
        String beslutstext = beskrivning(beslut);
        Handelse ersatt = ersatter == null ? null : new Handelse(Handelsetyp.ERSATT, anvandare, klocka.nu(),
                "Version " + ersatter + " ersatt genom " + beslutstext, id,
                FordelningCells.tabell(gallande.orElseThrow().fordelning()).skillnaderMot(FordelningCells.tabell(beslutad)));
        LagratForslag beslutat = store.sparaBeslut(forslag, lagrat.revision(), beslutad, ersatter, new Handelse(Handelsetyp.BESLUTAD,
                anvandare, klocka.nu(), beslutstext, id, List.of()), ersatt);
        register.lasOm();
        return beslutat;
    }

    /**
     * Throws away an undecided proposal; its history stays.
     *
     * @param revision see {@link #andra}
     */
    public void kassera(long id, Integer revision, Anvandare anvandare, String motivering) {
        LagratForslag lagrat = las(id, revision);
        Forslag forslag = lagrat.forslag();
        store.kassera(forslag, lagrat.revision(), new Handelse(Handelsetyp.FORSLAG_KASSERAT, anvandare, klocka.nu(),
                RiksnormForslagService.motivering(motivering, "Förslaget kasserat"), id, List.of()));
    }

    /**
     * The table compared with the kommun's table in force the year before, with both tables' findings.
     *
     * @param avvikelser the table's own findings
     */
    public Arsjamforelse jamforelse(Fordelning tabell, List<Avvikelse> avvikelser) {
        Normbok normbok = register.aktuell();
        int foregaende = tabell.ar() - 1;
        Fordelning fore = normbok.fordelning(tabell.kommun(), foregaende).orElseThrow(() -> Vagran.saknas("ar",
                Integer.toString(tabell.ar()), tabell.kommun().namn() + " har ingen fördelning för " + foregaende + " att jämföra med."));
        return Arsjamforelse.mellan(fore, normbok.riksnorm(foregaende).orElseThrow(), normbok.avvikelser(fore),
                tabell, normbok.riksnorm(tabell.ar()).orElseThrow(), avvikelser);
    }

    /** Every version of the kommun's table for the year, oldest first. */
    public List<Fordelningsversion> versioner(Kommun kommun, int ar) {
        return normStore.versioner(kommun, ar);
    }

    public List<Handelse> historik(Kommun kommun, int ar) {
        return historik.forFordelning(kommun.id(), ar);
    }

    public List<Handelse> historik(Forslag forslag) {
        return historik.forForslag(forslag.id());
    }

    /**
     * The stored proposal to change: undecided (409 otherwise) and at the revision the caller read (412
     * otherwise). The write checks both again in the database.
     */
    private LagratForslag las(long id, Integer revision) {
        LagratForslag lagrat = store.hamta(id).orElseThrow(() -> Vagran.finnsInte("id", Long.toString(id),
                "Det finns inget förslag med id " + id + "."));
        lagrat.forslag().kravEjBeslutat();
        if (revision != null && revision != lagrat.revision()) {
            throw Vagran.inaktuell("If-Match", Integer.toString(revision), "Förslaget " + id + " har ändrats sedan det lästes "
                    + "(revision " + revision + ", nu " + lagrat.revision() + "). Inget ändrades: hämta det igen (GET /api/v1/forslag/"
                    + id + ") och gör om ändringen med dess nya ETag.");
        }
        return lagrat;
    }

    static void kravRattErsattning(Fordelning tabell, Optional<Fordelningsversion> gallande, Integer ersatter) {
        String namn = tabell.kommun().namn() + " " + tabell.ar();
        boolean beslutadFinns = gallande.map(v -> v.fordelning().status().arLast()).orElse(false);
        if (beslutadFinns) {
            Fordelningsversion version = gallande.get();
            String beslut = version.fordelning().beslutet().map(ForslagService::beskrivning).orElse("");
            if (ersatter == null) {
                throw new Vagran(Vagran.Orsak.ERSATTNING_KRAVS, namn + " är redan beslutad (version " + version.version() + ", "
                        + beslut + "). Ett nytt beslut ersätter den bara om det anger vilken version det ersätter: ersatter = "
                        + version.version() + ".", "ersatter", null, List.of());
            }
            if (ersatter != version.version()) {
                throw new Vagran(Vagran.Orsak.ERSATTNING_KRAVS, "Version " + ersatter + " av " + namn + " är inte den som gäller; "
                        + "den som gäller är version " + version.version() + " (" + beslut + ").", "ersatter", ersatter.toString(), List.of());
            }
        } else if (ersatter != null) {
            throw Vagran.ogiltigt("ersatter", ersatter.toString(), namn + " har ingen beslutad version att ersätta.");
        }
    }

    /** The household size of the example: the base year's, else the latest the kommun has printed one for. */
    private static Integer exempelstorlek(Kommun kommun, Fordelning bas, Normbok normbok) {
        if (bas.hemmavarandeUngdom().exempel() != null) {
            return bas.hemmavarandeUngdom().exempel().antalPersoner();
        }
        List<Fordelning> tidigare = new ArrayList<>(normbok.fordelningar(kommun));
        tidigare.sort(Comparator.comparingInt(Fordelning::ar).reversed());
        return tidigare.stream().filter(f -> f.hemmavarandeUngdom().exempel() != null).findFirst()
                .map(f -> f.hemmavarandeUngdom().exempel().antalPersoner()).orElse(null);
    }

    private static String kravMotivering(String motivering) {
        if (motivering == null || motivering.isBlank()) {
            throw Vagran.ogiltigt("motivering", motivering, "Ange varför cellerna ändras (motivering); det sparas i tabellens historik.");
        }
        return RiksnormForslagService.text("motivering", motivering, RiksnormForslagService.MOTIVERING);
    }

    private static String arMedFordelning(Kommun kommun, Normbok normbok) {
        List<Integer> ar = normbok.fordelningar(kommun).stream().map(Fordelning::ar).toList();
        return ar.isEmpty() ? "" : " (fördelning finns för " + ar.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")";
    }

    static String beskrivning(Beslut beslut) {
        return beslut.namnd() + (beslut.datum() == null ? "" : " " + beslut.datum())
                + (beslut.paragraf() == null ? "" : " " + beslut.paragraf())
                + (beslut.diarienummer() == null ? "" : ", Dnr " + beslut.diarienummer());
    }
}
