package se.riksnorm.app.upprakning;

import se.riksnorm.domain.tabell.Skillnad;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Beslutskalla;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.belopp.Svenskt;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.inmatning.Lastabell;
import se.riksnorm.inmatning.Tabellfil;
import se.riksnorm.normfiles.Fordelningsdokument;
import se.riksnorm.storage.InaktuellVersion;
import se.riksnorm.storage.InmatningStore;
import se.riksnorm.storage.KommunStore;
import se.riksnorm.storage.Kommunval;
import se.riksnorm.storage.NormStore;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.UpprakningStore;

/**
 * A kommun enters its own table through the API (docs/adr/0051): an XLSX or CSV in the layout of the service's bilaga,
 * or the norms files' format as JSON or YAML. Every cell is checked and the table's findings are shown before anything
 * is stored ({@link #granska}); then it is stored as the year's next version ({@link #lagra}): a draft, or, with the
 * nämnd's decision, decided. A decision on a draft in force is recorded by {@link #besluta}. A stored table is as
 * permanent as a file's: it survives restarts, a reload of norms/ never replaces it, and it exports to norms/.
 */
@Singleton
public class InmatningService {

    /** The upload's kinds. */
    public enum Format { XLSX, CSV, JSON, YAML }

    /** The rounding of the hemmavarande-ungdom share where the kommun has chosen none and has no table (docs/adr/0004). */
    private static final Avrundning STANDARD_UNGDOMSANDEL = Avrundning.HALVT_UPPAT;

    private final Normregister register;
    private final NormStore normStore;
    private final KommunStore kommuner;
    private final UpprakningStore upprakning;
    private final InmatningStore store;
    private final Klocka klocka;

    InmatningService(Normregister register, NormStore normStore, KommunStore kommuner, UpprakningStore upprakning,
                    InmatningStore store, Klocka klocka) {
        this.register = register;
        this.normStore = normStore;
        this.kommuner = kommuner;
        this.upprakning = upprakning;
        this.store = store;
        this.klocka = klocka;
    }

    /**
     * Reads the upload and checks it against the year's riksnorm and the year's versions; stores nothing.
     *
     * @param ersatter the decided version a decided table replaces, or {@code null}
     * @param behorighet refuses a caller who may not enter the table as read (a draft, a decision) before the year's state is
     *                   looked at, so a refused caller learns nothing about it
     */
    public Inmatning granska(Kommun kommun, int ar, byte[] fil, Format format, Integer ersatter, Anvandare anvandare,
                             Consumer<Fordelning> behorighet) {
        Normbok normbok = register.aktuell();
        Riksnorm riksnorm = riksnorm(kommun, ar, normbok);
        Optional<Fordelningsversion> gallande = iKraft(kommun, ar);
        Kalla utkast = new Kalla(Kommun.nyckelFor(kommun.id() + " " + ar + " inmatning"), kommun.namn() + " " + ar
                + ": fördelning inmatad genom API:t (" + format + ") av " + anvandare.namn() + " " + LocalDate.ofInstant(klocka.nu(),
                ZoneOffset.UTC), Tillforlitlighet.KOMMUNSIDA, null);
        List<String> anmarkningar = new ArrayList<>();
        Fordelning tabell;
        if (format == Format.XLSX || format == Format.CSV) {
            Lastabell last = Tabellfil.las(fil, format == Format.XLSX ? Tabellfil.Format.XLSX : Tabellfil.Format.CSV, ar);
            anmarkningar.addAll(last.anmarkningar());
            annanKommun(last.rubriker(), kommun, normbok).ifPresent(anmarkningar::add);
            tabell = FordelningCells.fordelning(kommun, ar, Fordelningsstatus.FORSLAG, null, utkast,
                    ungdomsandel(kommun, normbok), null, last.celler());
        } else {
            tabell = Fordelningsdokument.las(fil, format == Format.YAML, kommun, ar, upprakning::kalla, utkast, ungdomsandel(kommun, normbok));
            if (tabell.status().arLast() && tabell.kalla().equals(utkast)) {
                tabell = tabell.medKalla(Beslutskalla.av(kommun, ar, tabell.beslut()));
            }
        }
        behorighet.accept(tabell);
        kravRattLage(tabell, gallande, ersatter);
        return new Inmatning(tabell, FordelningKontroll.kontrollera(tabell, riksnorm), anmarkningar, null,
                gallande.map(Fordelningsversion::version).orElse(0), ersatter, format.name());
    }

    /** Stores a checked table as the year's next version, with its source and history; another write first is a 409. */
    public Inmatning lagra(Inmatning granskad, Anvandare anvandare) {
        Fordelning tabell = granskad.tabell();
        Optional<Fordelningsversion> gallande = iKraft(tabell.kommun(), tabell.ar());
        List<Skillnad> skillnader = gallande
                .map(v -> FordelningCells.tabell(v.fordelning()).skillnaderMot(FordelningCells.tabell(tabell))).orElse(List.of());
        Handelse handelse = tabell.status().arLast()
                ? new Handelse(Handelsetyp.BESLUTAD, anvandare, klocka.nu(), ForslagService.beskrivning(tabell.beslut()) + "; inmatad ("
                        + granskad.format() + ")", null, skillnader)
                : new Handelse(Handelsetyp.INMATAD, anvandare, klocka.nu(), "Inmatad ur " + granskad.format()
                        + (gallande.isEmpty() ? "" : "; ersätter utkastet version " + gallande.get().version()), null, skillnader);
        Handelse ersatt = granskad.ersatter() == null ? null : new Handelse(Handelsetyp.ERSATT, anvandare, klocka.nu(),
                "Version " + granskad.ersatter() + " ersatt genom " + ForslagService.beskrivning(tabell.beslut()), null, skillnader);
        int version = store.spara(tabell, "inmatning " + granskad.format(), granskad.versionIKraft(), granskad.ersatter(), handelse, ersatt);
        register.lasOm();
        return granskad.lagradSom(version);
    }

    /**
     * Records the nämnd's decision on the year's draft in force, as the next version; the findings are shown, and stay
     * with the table wherever it is served (a decision made outside the service's proposals is recorded as made).
     *
     * @param lastVersion the version the decision is about ({@code If-Match}), or {@code null} for the one in force
     */
    public Inmatning besluta(Kommun kommun, int ar, Beslut beslut, Integer lastVersion, Anvandare anvandare) {
        Riksnorm riksnorm = riksnorm(kommun, ar, register.aktuell());
        Fordelningsversion gallande = iKraft(kommun, ar).orElseThrow(() -> Vagran.saknas("ar", Integer.toString(ar), kommun.namn()
                + " har ingen tabell för " + ar + " att besluta; mata in den först (PUT /api/v1/kommuner/" + kommun.id()
                + "/fordelningar/" + ar + ")."));
        if (gallande.fordelning().status().arLast()) {
            throw Vagran.beslutad(kommun.namn() + " " + ar + " är redan beslutad (version " + gallande.version() + ", "
                    + gallande.fordelning().beslutet().map(ForslagService::beskrivning).orElse("") + "). En ny tabell för året lagras "
                    + "med ett nytt beslut som anger vilken version det ersätter.");
        }
        if (lastVersion != null && lastVersion != gallande.version()) {
            throw new InaktuellVersion(kommun.namn() + " " + ar, lastVersion, gallande.version());
        }
        Fordelning utkast = gallande.fordelning();
        Fordelning beslutad = new Fordelning(kommun, ar, Fordelningsstatus.BESLUTAD, beslut, Beslutskalla.av(kommun, ar, beslut),
                utkast.personligaKostnader(), utkast.gemensammaKostnader(), utkast.matnorm(), utkast.umgangesnormPerDag(),
                utkast.hemmavarandeUngdom());
        return lagra(new Inmatning(beslutad, FordelningKontroll.kontrollera(beslutad, riksnorm), List.of(), null, gallande.version(),
                null, "beslut på version " + gallande.version()), anvandare);
    }

    private static Riksnorm riksnorm(Kommun kommun, int ar, Normbok normbok) {
        return normbok.riksnorm(ar).orElseThrow(() -> Vagran.saknas("ar", Integer.toString(ar), "Riksnormen för " + ar + " finns inte i "
                + "tjänsten, så " + Svenskt.genitiv(kommun.namn()) + " tabell för " + ar + " kan inte prövas mot den."));
    }

    private Optional<Fordelningsversion> iKraft(Kommun kommun, int ar) {
        return normStore.versioner(kommun, ar).stream().max(Comparator.comparingInt(Fordelningsversion::version));
    }

    /** A draft never replaces a decided table; a decision replaces one only by naming it (as a proposal's decision does). */
    private static void kravRattLage(Fordelning tabell, Optional<Fordelningsversion> gallande, Integer ersatter) {
        if (tabell.status().arLast()) {
            ForslagService.kravRattErsattning(tabell, gallande, ersatter);
            return;
        }
        if (ersatter != null) {
            throw Vagran.ogiltigt("ersatter", ersatter.toString(), "Ett utkast ersätter ingen beslutad version; ersatter anges bara "
                    + "med ett beslut.");
        }
        gallande.filter(v -> v.fordelning().status().arLast()).ifPresent(v -> {
            throw Vagran.beslutad(tabell.kommun().namn() + " " + tabell.ar() + " är beslutad (version " + v.version() + ", "
                    + v.fordelning().beslutet().map(ForslagService::beskrivning).orElse("") + ") och ändras inte. En ändring kräver "
                    + "ett nytt beslut: mata in tabellen med beslutet och ersatter = " + v.version() + ", eller föreslå den "
                    + "(POST /api/v1/kommuner/" + tabell.kommun().id() + "/forslag med fran = " + tabell.ar() + ").");
        });
    }

    /** The kommun's chosen rounding; else that of its latest table; else the service's (docs/adr/0004). */
    private Avrundning ungdomsandel(Kommun kommun, Normbok normbok) {
        Avrundning vald = kommuner.val(kommun.id()).map(Kommunval::hemmavarandeAvrundning).orElse(null);
        if (vald != null) {
            return vald;
        }
        List<Fordelning> tabeller = normbok.fordelningar(kommun);
        return tabeller.isEmpty() ? STANDARD_UNGDOMSANDEL : tabeller.get(tabeller.size() - 1).hemmavarandeUngdom().andelensAvrundning();
    }

    /** A file's heading that names another kommun ("Nyköping – budgetposternas …"): shown, not refused (docs/adr/0051). */
    private static Optional<String> annanKommun(List<String> rubriker, Kommun kommun, Normbok normbok) {
        for (String rubrik : rubriker) {
            String fore = rubrik.split("\\s[–-]\\s", 2)[0].strip();
            String utanKommun = fore.replaceFirst("(?i) kommun$", "");
            Optional<Kommun> namnd = fore.length() > 60 ? Optional.empty()
                    : normbok.kommun(utanKommun).or(() -> normbok.kommun(utanKommun.replaceFirst("(?i)s$", "")));
            if (namnd.isPresent() && !namnd.get().id().equals(kommun.id())) {
                return Optional.of("Filens rubrik ('" + rubrik + "') nämner " + namnd.get().namn() + "; tabellen matas in som "
                        + Svenskt.genitiv(kommun.namn()) + ".");
            }
        }
        return Optional.empty();
    }
}
