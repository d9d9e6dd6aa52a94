package se.riksnorm.storage;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Granskningspost;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.riksnorm.Upprakning;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Cellvarde;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.upprakning.Vagran;

/**
 * The norms in the database. Each write is one transaction: a table is stored whole or not at all,
 * and a failed write leaves the stored data as it was. Each read is one snapshot (REPEATABLE READ), so a replica
 * reading while another writes sees every table whole.
 */
@Singleton
public class NormStore {

    private final KallaRepository kallor;
    private final RiksnormRepository riksnormer;
    private final RiksnormCellRepository riksnormCeller;
    private final KommunStore kommuner;
    private final FordelningRepository fordelningar;
    private final FordelningCellRepository fordelningCeller;
    private final HandelseRepository handelser;
    private final GranskningStore granskning;

    NormStore(KallaRepository kallor, RiksnormRepository riksnormer, RiksnormCellRepository riksnormCeller,
              KommunStore kommuner, FordelningRepository fordelningar, FordelningCellRepository fordelningCeller,
              GranskningStore granskning, HandelseRepository handelser) {
        this.handelser = handelser;
        this.kallor = kallor;
        this.riksnormer = riksnormer;
        this.riksnormCeller = riksnormCeller;
        this.kommuner = kommuner;
        this.fordelningar = fordelningar;
        this.fordelningCeller = fordelningCeller;
        this.granskning = granskning;
    }

    /**
     * Adds new sources and updates the titles of known ones, each change in the audit log; a source is never
     * removed, old tables cite it. An unchanged source writes nothing.
     */
    @Transactional
    public void sparaKallor(Collection<Kalla> nya, Anvandare anvandare) {
        for (Kalla kalla : nya) {
            KallaRow rad = new KallaRow(kalla.id(), kalla.titel(), kalla.tillforlitlighet().name(), kalla.referens());
            Optional<KallaRow> befintlig = kallor.findById(kalla.id());
            if (befintlig.isPresent() && befintlig.get().equals(rad)) {
                continue;
            }
            if (befintlig.isPresent()) {
                kallor.update(rad);
            } else {
                kallor.save(rad);
            }
            granskning.logga(new Granskningspost(Instant.now(), anvandare, befintlig.isPresent() ? "KALLA_ANDRAD" : "KALLA_NY",
                    "källa " + kalla.id(), befintlig.map(NormStore::text).orElse(null), text(rad)));
        }
    }

    /** The source under an id no stored source has: a second decision with the same Dnr gets "-2", "-3" … */
    @Transactional
    public Kalla unikKalla(Kalla kalla) {
        String id = kalla.id();
        for (int n = 2; kallor.existsById(id); n++) {
            id = kalla.id() + "-" + n;
        }
        return new Kalla(id, kalla.titel(), kalla.tillforlitlighet(), kalla.referens());
    }

    private static String text(Record rad) {
        return rad.toString().replaceFirst("^\\w+Row", "");
    }

    /**
     * Stores the year's table, replacing what was stored for the year if that is preliminary (checked in the
     * database, so a replica with an older snapshot cannot overwrite a fastställd table).
     */
    @Transactional
    public void sparaRiksnorm(Riksnorm riksnorm, String kallfil) {
        var upprakning = riksnorm.upprakningen();
        RiksnormRow rad = new RiksnormRow(riksnorm.ar(), riksnorm.giltighet().fran().toString(),
                riksnorm.giltighet().till().toString(), riksnorm.status().name(),
                upprakning.map(u -> u.procent().toPlainString()).orElse(null),
                upprakning.map(u -> u.avrundning().name()).orElse(null),
                upprakning.map(u -> u.kalla().id()).orElse(null),
                riksnorm.storreHushallKalla().id(), kallfil, Instant.now().toString());
        if (riksnormer.existsById(riksnorm.ar())) {
            if (riksnormer.tagPreliminar(riksnorm.ar()) == 0) {
                throw Vagran.beslutad("Riksnormen för " + riksnorm.ar() + " fastställdes samtidigt och ändras inte. Inget ändrades.");
            }
            riksnormCeller.deleteByAr(riksnorm.ar());
            riksnormer.update(rad);
        } else {
            riksnormer.save(rad);
        }
        List<RiksnormCellRow> celler = new ArrayList<>();
        RiksnormCells.tabell(riksnorm).celler().forEach((cell, varde) -> celler.add(new RiksnormCellRow(null,
                riksnorm.ar(), cell.tabell().name(), cell.rad(), cell.kolumn(), varde.kronor().belopp(), varde.kalla())));
        riksnormCeller.saveAll(celler);
    }

    /**
     * Stores the kommun's table for the year, replacing the version in force (a draft; the loader refuses to
     * replace a decided one), or as version 1 where the year has none.
     */
    @Transactional
    public void sparaFordelning(Fordelning fordelning, String kallfil) {
        var befintlig = fordelningar.findFirstByKommunAndArOrderByVersionDesc(fordelning.kommun().id(), fordelning.ar());
        long id;
        if (befintlig.isPresent()) {
            FordelningRow rad = befintlig.get();
            id = rad.id();
            fordelningCeller.deleteByFordelningId(id);
            fordelningar.update(FordelningRows.rad(fordelning, id, rad.version(), kallfil, rad.ersatterId(), rad.forslagId(),
                    Tabellursprung.FIL));
        } else {
            id = fordelningar.save(FordelningRows.rad(fordelning, null, 1, kallfil, null, null, Tabellursprung.FIL)).id();
        }
        sparaCeller(fordelning, id);
    }

    /**
     * The number the year's next decided version gets, checked against the version in force as the
     * transaction sees it: a decision that names no version while a decided one is in force, or names one that
     * is no longer in force, was made on a state that has changed since (another decision came first).
     *
     * @param ersatter the version in force the decision names as replaced, or {@code null}
     * @throws Vagran the decision no longer fits the stored versions; nothing was changed
     */
    @Transactional
    public int nastaVersion(Kommun kommun, int ar, Integer ersatter) {
        Optional<FordelningRow> gallande = fordelningar.findFirstByKommunAndArOrderByVersionDesc(kommun.id(), ar);
        boolean beslutadFinns = gallande.map(rad -> Fordelningsstatus.valueOf(rad.status()).arLast()).orElse(false);
        if (ersatter == null && beslutadFinns) {
            throw new Vagran(Vagran.Orsak.ERSATTNING_KRAVS, kommun.namn() + " " + ar + " beslutades samtidigt (version "
                    + gallande.get().version() + "). Ett nytt beslut ersätter den bara om det anger vilken version det ersätter: "
                    + "ersatter = " + gallande.get().version() + ". Inget ändrades.", "ersatter", null, List.of());
        }
        if (ersatter != null && !gallande.map(rad -> rad.version() == ersatter).orElse(false)) {
            throw new Vagran(Vagran.Orsak.ERSATTNING_KRAVS, "Version " + ersatter + " av " + kommun.namn() + " " + ar
                    + " är inte längre den som gäller" + gallande.map(rad -> "; den som gäller är version " + rad.version()).orElse("")
                    + ". Inget ändrades.", "ersatter", ersatter.toString(), List.of());
        }
        return gallande.map(rad -> rad.version() + 1).orElse(1);
    }

    /**
     * Stores a decided table as the year's version {@code version} (from {@link #nastaVersion}), in force from
     * now on. Two decisions racing for the same version meet the unique key (kommun, år, version): the later
     * fails and changes nothing.
     *
     * @param ersatter the version in force it replaces, or {@code null} where none is replaced
     * @param ursprung where the table came from: a decided proposal, or a table entered through the API
     */
    @Transactional
    public void sparaNyVersion(Fordelning fordelning, String kallfil, Long forslagId, Integer ersatter, int version,
                               Tabellursprung ursprung) {
        Long ersatterId = ersatter == null ? null : fordelningar.findFirstByKommunAndArOrderByVersionDesc(fordelning.kommun().id(),
                fordelning.ar()).filter(rad -> rad.version() == ersatter).map(FordelningRow::id).orElseThrow(() ->
                Vagran.samtidigAndring("Version " + ersatter + " av " + fordelning.kommun().namn() + " " + fordelning.ar()
                        + " ersattes samtidigt av ett annat beslut. Inget ändrades."));
        long id = fordelningar.save(FordelningRows.rad(fordelning, null, version, kallfil, ersatterId, forslagId, ursprung)).id();
        sparaCeller(fordelning, id);
    }

    /**
     * Stores a table entered through the API as the year's next version, if the version in force is still the one
     * the caller read.
     *
     * @param lastVersion the version in force the caller read (0: none)
     * @return the new version's number
     * @throws SamtidigSkrivning when another write stored a version since {@code lastVersion} was read
     */
    @Transactional
    public int sparaInmatad(Fordelning fordelning, String kallfil, Integer ersatter, int lastVersion) {
        int iKraft = fordelningar.findFirstByKommunAndArOrderByVersionDesc(fordelning.kommun().id(), fordelning.ar())
                .map(FordelningRow::version).orElse(0);
        if (iKraft != lastVersion) {
            throw new SamtidigSkrivning(fordelning.kommun().namn() + " " + fordelning.ar() + " har fått version " + iKraft
                    + " sedan version " + lastVersion + " lästes; inget sparades. Läs tabellen igen.");
        }
        sparaNyVersion(fordelning, kallfil, null, ersatter, iKraft + 1, Tabellursprung.INMATNING);
        return iKraft + 1;
    }

    private void sparaCeller(Fordelning fordelning, long id) {
        fordelningCeller.saveAll(FordelningRows.celler(fordelning, (cell, kronor) -> new FordelningCellRow(null, id,
                cell.tabell().name(), cell.rad(), cell.kolumn(), kronor.belopp())));
    }

    /** Every version of the kommun's table for the year, oldest first; the last is in force. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Fordelningsversion> versioner(Kommun kommun, int ar) {
        Function<String, Kalla> kalla = kallor();
        List<FordelningRow> rader = fordelningar.findByKommunAndArOrderByVersion(kommun.id(), ar);
        Map<Long, Integer> versionPerId = new HashMap<>();
        Map<Long, Integer> ersattAv = new HashMap<>();
        rader.forEach(rad -> versionPerId.put(rad.id(), rad.version()));
        rader.stream().filter(rad -> rad.ersatterId() != null).forEach(rad -> ersattAv.put(rad.ersatterId(), rad.version()));
        List<Fordelningsversion> versioner = new ArrayList<>();
        for (int i = 0; i < rader.size(); i++) {
            FordelningRow rad = rader.get(i);
            // a later version replaces this one: the decision that names it, or the next draft or decision
            Integer senare = ersattAv.getOrDefault(rad.id(), i + 1 < rader.size() ? rader.get(i + 1).version() : null);
            versioner.add(new Fordelningsversion(rad.version(),
                    FordelningRows.fordelning(rad, fordelningCeller.findByFordelningIdOrderById(rad.id()), kommun, kalla.apply(rad.kalla())),
                    rad.ersatterId() == null ? null : versionPerId.get(rad.ersatterId()), senare, rad.forslagId(), rad.kallfil(),
                    Instant.parse(rad.lagrad())));
        }
        return versioner;
    }

    /** Where the version in force of the kommun's table for the year came from, if the year has one. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<Tabellursprung> ursprung(String kommun, int ar) {
        return fordelningar.findFirstByKommunAndArOrderByVersionDesc(kommun, ar).map(rad -> Tabellursprung.valueOf(rad.ursprung()));
    }

    /** Everything stored with the point in its history it was read at, in one snapshot (Normregister). */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Normavlasning lasNormavlasning() {
        return new Normavlasning(lasNormbok(), nyastHandelse(), kommuner.versionssumma());
    }

    /**
     * The point in the history the norms are at, as "newest history entry/sum of the kommuner's versions": both only
     * grow with every write that changes the norms, so a new value means some replica changed them (NormSynk).
     */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public String andringslage() {
        return nyastHandelse() + "/" + kommuner.versionssumma();
    }

    private long nyastHandelse() {
        Long handelse = handelser.findMaxId();
        return handelse == null ? 0 : handelse;
    }

    /** Everything stored, read back into the domain: of a kommun's table, the version in force. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Normbok lasNormbok() {
        Function<String, Kalla> kalla = kallor();
        List<Riksnorm> allaRiksnormer = new ArrayList<>();
        for (RiksnormRow rad : riksnormer.findAllOrderByAr()) {
            Map<Cell, Cellvarde> celler = new LinkedHashMap<>();
            riksnormCeller.findByArOrderById(rad.ar()).forEach(cell -> celler.put(
                    new Cell(Normtabell.valueOf(cell.tabell()), cell.rad(), cell.kolumn()),
                    new Cellvarde(Kronor.of(cell.kronor()), cell.kalla())));
            Upprakning upprakning = rad.upprakningProcent() == null ? null : new Upprakning(
                    new BigDecimal(rad.upprakningProcent()), Avrundning.valueOf(rad.upprakningAvrundning()),
                    kalla.apply(rad.upprakningKalla()));
            allaRiksnormer.add(RiksnormCells.riksnorm(rad.ar(),
                    new Giltighet(YearMonth.parse(rad.giltigFran()), YearMonth.parse(rad.giltigTill())),
                    Riksnormstatus.valueOf(rad.status()), upprakning, kalla.apply(rad.storreHushallKalla()), celler, kalla));
        }
        Map<String, Kommun> kommunPerId = new LinkedHashMap<>();
        kommuner.alla().forEach(kommun -> kommunPerId.put(kommun.id(), kommun));
        Map<String, FordelningRow> gallande = new LinkedHashMap<>();
        for (FordelningRow rad : fordelningar.findAll()) {
            gallande.merge(rad.kommun() + "/" + rad.ar(), rad, (en, annan) -> en.version() >= annan.version() ? en : annan);
        }
        List<Fordelning> allaFordelningar = new ArrayList<>();
        for (FordelningRow rad : gallande.values()) {
            allaFordelningar.add(FordelningRows.fordelning(rad, fordelningCeller.findByFordelningIdOrderById(rad.id()),
                    kommunPerId.get(rad.kommun()), kalla.apply(rad.kalla())));
        }
        return new Normbok(allaRiksnormer, kommunPerId.values(), allaFordelningar);
    }

    /** Looks a stored source up by id; a missing one is a broken database, not a user error. */
    private Function<String, Kalla> kallor() {
        Map<String, Kalla> kallaPerId = new LinkedHashMap<>();
        kallor.findAll().forEach(rad -> kallaPerId.put(rad.id(), new Kalla(rad.id(), rad.titel(),
                Tillforlitlighet.valueOf(rad.tillforlitlighet()), rad.referens())));
        return id -> {
            Kalla hittad = kallaPerId.get(id);
            if (hittad == null) {
                throw new IllegalStateException("källan " + id + " saknas i databasen");
            }
            return hittad;
        };
    }
}
