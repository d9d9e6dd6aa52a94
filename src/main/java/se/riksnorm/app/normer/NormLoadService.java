package se.riksnorm.app.normer;

import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.normfiles.NormFileException;
import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.normfiles.Filutfall;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.riksnorm.RiksnormKontroll;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.domain.tabell.Celltabell;
import se.riksnorm.domain.tabell.Skillnad;
import se.riksnorm.storage.KommunStore;
import se.riksnorm.storage.NormStore;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.UpprakningStore;

/**
 * Loads the norms directory into the database, idempotently: a file equal to what is stored writes
 * nothing; a file that differs from a decided (or fastställd) table is refused, naming the file and
 * every difference, and the stored table stays; a draft or preliminary table is replaced, unless it is a kommun's
 * table entered through the service, which a file never replaces ({@link Tabellursprung#forFil}, docs/adr/0051).
 */
@Singleton
public class NormLoadService {

    private static final Logger LOG = LoggerFactory.getLogger(NormLoadService.class);

    private final NormFileReader reader = new NormFileReader();
    private final NormStore store;
    private final KommunStore kommuner;
    private final UpprakningStore upprakning;
    private final Normregister register;
    private final Regelregister regler;
    private final AtomicReference<Inlasningsrapport> senaste = new AtomicReference<>(Inlasningsrapport.ingen());

    NormLoadService(NormStore store, KommunStore kommuner, UpprakningStore upprakning, Normregister register, Regelregister regler) {
        this.store = store;
        this.kommuner = kommuner;
        this.upprakning = upprakning;
        this.register = register;
        this.regler = regler;
    }

    public Inlasningsrapport senasteRapport() {
        return senaste.get();
    }

    /**
     * Loads the directory.
     *
     * @param anvandare who loads it: {@link Anvandare#INLASNING} when the service starts, the administrator when asked
     */
    public synchronized Inlasningsrapport lasIn(Path katalog, Anvandare anvandare) {
        List<Filutfall> utfall = new ArrayList<>();
        NormFiles filer;
        try {
            filer = reader.las(katalog);
        } catch (NormFileException e) {
            utfall.add(Filutfall.fel(e.fil(), String.join("; ", e.problem())));
            return rapportera(katalog, utfall);
        }
        filer.fel().forEach(e -> utfall.add(Filutfall.fel(e.fil(), String.join("; ", e.problem()))));
        utfall.addAll(regler.anvand(katalog, filer));
        store.sparaKallor(filer.kallor().values(), anvandare);
        if (filer.kommunlista() != null) {
            skriv(filer.kommunlista().fil(), () -> kommuner.sparaLista(filer.kommunlista().innehall(), filer.kommunlista().fil(),
                    anvandare), utfall);
        }
        for (NormFile<Kommun> kommun : filer.kommuner()) {
            skriv(kommun.fil(), () -> {
                Kommun innehall = kommun.innehall();
                if (!kommuner.sparaKommunfil(innehall, filer.umgangesregler().get(innehall.id()), anvandare)) {
                    utfall.add(new Filutfall(kommun.fil(), Inlasningsutfall.VAGRAD, innehall.namn() + ": valen (berakning, upprakning) "
                            + "är satta genom API:t och gäller; filens val används inte. Se GET /api/v1/kommuner/" + innehall.id()
                            + "/val.", List.of(), List.of()));
                }
            }, utfall);
        }

        Normbok fore = register.lasOm();
        for (NormFile<Riksnorm> fil : filer.riksnormer()) {
            Riksnorm ny = fil.innehall();
            Optional<String> overlapp = overlapp(ny, fore, filer.riksnormer());
            if (overlapp.isPresent()) {
                utfall.add(Filutfall.fel(fil.fil(), overlapp.get()));
                continue;
            }
            Optional<Riksnorm> befintlig = fore.riksnorm(ny.ar());
            utfall.add(jamforOchSpara(fil.fil(), "Riksnormen " + ny.ar(),
                    befintlig.map(RiksnormCells::tabell), RiksnormCells.tabell(ny),
                    befintlig.map(r -> r.status().arLast()).orElse(false),
                    skillnader -> upprakning.sparaRiksnorm(ny, fil.fil(), inlast(fil.fil(), skillnader, anvandare)),
                    () -> befintlig.map(fore::avvikelser).orElse(List.of()), () -> RiksnormKontroll.kontrollera(ny)));
        }

        // the tables are checked against the riksnorm years just stored: one read of the database, not one per file
        Normbok medRiksnormer = sparade(utfall) ? register.lasOm() : fore;
        int foreTabellerna = utfall.size();
        for (NormFile<Fordelning> fil : filer.fordelningar()) {
            Fordelning ny = fil.innehall();
            String namn = ny.kommun().namn() + " " + ny.ar();
            if (medRiksnormer.riksnorm(ny.ar()).isEmpty()) {
                utfall.add(Filutfall.fel(fil.fil(), namn + " kan inte läsas in: riksnormen för " + ny.ar()
                        + " finns inte, så fördelningen kan inte kontrolleras"));
                continue;
            }
            Optional<Fordelning> befintlig = medRiksnormer.fordelning(ny.kommun(), ny.ar());
            Optional<Tabellursprung> ursprung = store.ursprung(ny.kommun().id(), ny.ar());
            if (befintlig.isPresent() && ursprung.isPresent() && Tabellursprung.forFil(ursprung.get(), befintlig.get().status(),
                    FordelningCells.tabell(befintlig.get()).equals(FordelningCells.tabell(ny)))
                    == Tabellursprung.Filutslag.VAGRAD_LAGRAD_I_TJANSTEN) {
                List<Skillnad> skillnader = FordelningCells.tabell(befintlig.get()).skillnaderMot(FordelningCells.tabell(ny));
                utfall.add(new Filutfall(fil.fil(), Inlasningsutfall.VAGRAD, namn + " är inmatad i tjänsten (" + ursprung.get().name()
                        .toLowerCase(java.util.Locale.ROOT) + ") och gäller; filen skiljer sig i " + skillnader.size() + " uppgifter ("
                        + sammanfatta(skillnader.subList(0, Math.min(5, skillnader.size()))) + (skillnader.size() > 5 ? " …" : "")
                        + "; alla i skillnader). En fil ersätter aldrig en tabell som matats in genom API:t; exportera den "
                        + "till norms/ (POST …/fordelningar/" + ny.ar() + "/export) så stämmer filen med den.", skillnader,
                        meddelanden(medRiksnormer.avvikelser(befintlig.get()))));
                continue;
            }
            utfall.add(jamforOchSpara(fil.fil(), namn,
                    befintlig.map(FordelningCells::tabell), FordelningCells.tabell(ny),
                    befintlig.map(f -> f.status().arLast()).orElse(false),
                    skillnader -> upprakning.sparaFordelning(ny, fil.fil(), inlast(fil.fil(), skillnader, anvandare)),
                    () -> befintlig.map(medRiksnormer::avvikelser).orElse(List.of()),
                    () -> FordelningKontroll.kontrollera(ny, medRiksnormer.riksnorm(ny.ar()).orElseThrow())));
        }
        if (sparade(utfall.subList(foreTabellerna, utfall.size()))) {
            register.lasOm();
        }
        return rapportera(katalog, utfall);
    }

    /**
     * @param lagradesFynd the findings of the stored table, which stays where the file is refused
     * @param filensFynd the findings of the file's table, which is stored
     */
    private static Filutfall jamforOchSpara(String fil, String namn, Optional<Celltabell> befintlig, Celltabell ny, boolean last,
                                            Consumer<List<Skillnad>> spara, Supplier<List<Avvikelse>> lagradesFynd,
                                            Supplier<List<Avvikelse>> filensFynd) {
        List<Skillnad> skillnader = befintlig.map(b -> b.skillnaderMot(ny)).orElse(List.of());
        if (befintlig.isPresent() && skillnader.isEmpty()) {
            return new Filutfall(fil, Inlasningsutfall.OFORANDRAD, namn + " är oförändrad", List.of(), meddelanden(filensFynd.get()));
        }
        if (last) {
            return new Filutfall(fil, Inlasningsutfall.VAGRAD, namn + " är beslutad och ändras inte. Filen " + fil
                    + " skiljer sig från det lagrade i " + skillnader.size() + " " + (skillnader.size() == 1 ? "uppgift" : "uppgifter")
                    + ": " + sammanfatta(skillnader) + ". Det lagrade gäller; en ändring kräver ett nytt beslut.",
                    skillnader, meddelanden(lagradesFynd.get()));
        }
        try {
            spara.accept(skillnader);
        } catch (RuntimeException e) {
            LOG.error("{} kunde inte sparas", fil, e);
            return Filutfall.fel(fil, namn + " kunde inte sparas: " + e.getMessage() + ". Inget ändrades.");
        }
        List<String> fynd = meddelanden(filensFynd.get());
        return befintlig.isEmpty()
                ? new Filutfall(fil, Inlasningsutfall.NY, namn + " inläst", List.of(), fynd)
                : new Filutfall(fil, Inlasningsutfall.UPPDATERAD, namn + " ersatt; ändrat: " + sammanfatta(skillnader), skillnader, fynd);
    }

    private static boolean sparade(List<Filutfall> utfall) {
        return utfall.stream().anyMatch(u -> u.utfall() == Inlasningsutfall.NY || u.utfall() == Inlasningsutfall.UPPDATERAD);
    }

    /** The history entry of a table stored from a file: who loaded it, each changed cell listed. */
    private static Handelse inlast(String fil, List<Skillnad> skillnader, Anvandare anvandare) {
        return new Handelse(Handelsetyp.INLAST_FRAN_FIL, anvandare, Instant.now(),
                (skillnader.isEmpty() ? "Inläst från " : "Ersatt från ") + fil, null, skillnader);
    }

    private void skriv(String fil, Runnable spara, List<Filutfall> utfall) {
        try {
            spara.run();
        } catch (RuntimeException e) {
            LOG.error("{} kunde inte sparas", fil, e);
            utfall.add(Filutfall.fel(fil, "kunde inte sparas: " + e.getMessage()));
        }
    }

    private static Optional<String> overlapp(Riksnorm ny, Normbok lagrad, List<NormFile<Riksnorm>> filer) {
        List<Riksnorm> andra = new ArrayList<>(lagrad.riksnormer());
        filer.forEach(f -> andra.add(f.innehall()));
        return andra.stream()
                .filter(annan -> annan.ar() != ny.ar() && annan.giltighet().overlapparMed(ny.giltighet()))
                .findFirst()
                .map(annan -> "giltigheten " + ny.giltighet().fran() + "–" + ny.giltighet().till() + " överlappar riksnormen "
                        + annan.ar() + " (" + annan.giltighet().fran() + "–" + annan.giltighet().till()
                        + "): varje månad ska ha exakt en riksnorm");
    }

    private static String sammanfatta(List<Skillnad> skillnader) {
        return String.join(", ", skillnader.stream().map(Skillnad::toString).toList());
    }

    private static List<String> meddelanden(List<Avvikelse> avvikelser) {
        return avvikelser.stream().map(Avvikelse::meddelande).toList();
    }

    private Inlasningsrapport rapportera(Path katalog, List<Filutfall> utfall) {
        Inlasningsrapport rapport = new Inlasningsrapport(Instant.now(), katalog.toString(), utfall);
        senaste.set(rapport);
        for (Filutfall fil : utfall) {
            switch (fil.utfall()) {
                case VAGRAD, FEL -> LOG.error("{}: {}", fil.fil(), fil.meddelande());
                case NY, UPPDATERAD -> LOG.info("{}: {}", fil.fil(), fil.meddelande());
                case OFORANDRAD -> LOG.debug("{}: {}", fil.fil(), fil.meddelande());
            }
            fil.avvikelser().forEach(a -> LOG.warn("{}: avvikelse: {}", fil.fil(), a));
        }
        LOG.info("Normer inlästa från {}: {} nya, {} oförändrade, {} uppdaterade, {} vägrade, {} fel", katalog,
                rapport.antal(Inlasningsutfall.NY), rapport.antal(Inlasningsutfall.OFORANDRAD), rapport.antal(Inlasningsutfall.UPPDATERAD),
                rapport.antal(Inlasningsutfall.VAGRAD), rapport.antal(Inlasningsutfall.FEL));
        return rapport;
    }
}
