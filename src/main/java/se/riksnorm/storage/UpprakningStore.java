package se.riksnorm.storage;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Vagran;

/**
 * The uppräkning's writes: national proposals and published tables with their history, and the
 * proposals (förslag) of kommunernas fördelningar. Every write is one transaction with its history entry: a
 * change is stored with who made it and why, or not at all. Deciding stores the new version of the
 * year's table, its source, and the proposal's new state together. A read is one snapshot (REPEATABLE READ): a
 * proposal and its cells, read while another replica removes or changes it, are read as they were, never half.
 */
@Singleton
public class UpprakningStore {

    private final ForslagRepository forslag;
    private final ForslagCellRepository celler;
    private final KommunRepository kommuner;
    private final KallaRepository kallor;
    private final NormStore normStore;
    private final HistorikStore historik;

    UpprakningStore(ForslagRepository forslag, ForslagCellRepository celler, KommunRepository kommuner, KallaRepository kallor,
                 NormStore normStore, HistorikStore historik) {
        this.forslag = forslag;
        this.celler = celler;
        this.kommuner = kommuner;
        this.kallor = kallor;
        this.normStore = normStore;
        this.historik = historik;
    }

    /** Stores a national table (a proposal or the published one) with the history entry that records it. */
    @Transactional
    public void sparaRiksnorm(Riksnorm riksnorm, String kallfil, Handelse handelse) {
        List<Kalla> kallorna = new ArrayList<>();
        riksnorm.personligaKostnader().values().forEach(b -> kallorna.add(b.kalla()));
        riksnorm.gemensammaKostnader().values().forEach(b -> kallorna.add(b.kalla()));
        riksnorm.ejLunch().values().forEach(b -> kallorna.add(b.kalla()));
        riksnorm.upprakningen().ifPresent(u -> kallorna.add(u.kalla()));
        normStore.sparaKallor(kallorna.stream().filter(k -> !kallor.existsById(k.id())).distinct().toList(), handelse.anvandare());
        normStore.sparaRiksnorm(riksnorm, kallfil);
        historik.riksnorm(riksnorm.ar(), handelse);
    }

    /** Stores a kommun's table read from a norms file (replacing the version in force) with its history entry. */
    @Transactional
    public void sparaFordelning(Fordelning fordelning, String kallfil, Handelse handelse) {
        normStore.sparaFordelning(fordelning, kallfil);
        historik.fordelning(fordelning.kommun().id(), fordelning.ar(), handelse);
    }

    /** A stored source by id. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<Kalla> kalla(String id) {
        return kallor.findById(id).map(rad -> new Kalla(rad.id(), rad.titel(), Tillforlitlighet.valueOf(rad.tillforlitlighet()),
                rad.referens()));
    }

    /** Stores a new proposal with the entry that records its making; returns it with its id, at revision 1. */
    @Transactional
    public LagratForslag skapa(Forslag nytt, Handelse skapat) {
        Fordelning tabell = nytt.fordelning();
        HemmavarandeUngdom ungdom = tabell.hemmavarandeUngdom();
        long id = forslag.save(new ForslagRow(null, tabell.kommun().id(), tabell.ar(), nytt.basar(), nytt.status().name(),
                tabell.kalla().id(), tabell.kalla().titel(), nytt.umgangesregel(), nytt.umgangesnormBekraftad(),
                ungdom.andelensAvrundning().name(), ungdom.exempel() == null ? null : ungdom.exempel().antalPersoner(),
                null, skapat.anvandare().namn(), skapat.tidpunkt().toString(), 1)).id();
        sparaCeller(id, tabell);
        historik.fordelning(tabell.kommun().id(), tabell.ar(), medForslag(skapat, id));
        return new LagratForslag(new Forslag(id, nytt.basar(), nytt.status(), tabell, nytt.umgangesregel(),
                nytt.umgangesnormBekraftad(), null), 1);
    }

    /** The proposal and its revision, read in one transaction. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<LagratForslag> hamta(long id) {
        return forslag.findById(id).map(rad -> new LagratForslag(forslag(rad), rad.revision()));
    }

    /** The kommun's proposals, oldest first, decided ones included. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Forslag> lista(String kommun) {
        return forslag.findByKommunOrderById(kommun).stream().map(this::forslag).toList();
    }

    /**
     * Stores a changed proposal (its cells and whether its umgängesnorm is confirmed) with the entry, provided
     * it is still undecided and at {@code revision}: the UPDATE itself checks both (docs/adr/0140).
     *
     * @return the proposal's new revision
     * @throws Vagran nothing was changed: the proposal was decided, removed or changed by another write meanwhile
     */
    @Transactional
    public int sparaAndring(Forslag andrat, int revision, Handelse handelse) {
        if (forslag.andraOmOforandrat(andrat.id(), revision, andrat.umgangesnormBekraftad()) == 0) {
            throw forlorad(andrat.id(), revision);
        }
        celler.deleteByForslagId(andrat.id());
        sparaCeller(andrat.id(), andrat.fordelning());
        historik.fordelning(andrat.fordelning().kommun().id(), andrat.fordelning().ar(), medForslag(handelse, andrat.id()));
        return revision + 1;
    }

    /**
     * Stores the decision: the proposal as decided (if it is still undecided and at {@code revision}), its source
     * (under an id no other source has), the year's new version, with the history entries of the decision and of
     * the version it replaces. A decision racing another for the same year loses on the version's unique key.
     *
     * @param ersatter the version in force the decision names as replaced, or {@code null}
     * @return the proposal as decided, and its new revision
     * @throws Vagran nothing was changed: see {@link #sparaAndring}
     */
    @Transactional
    public LagratForslag sparaBeslut(Forslag forslaget, int revision, Fordelning beslutad, Integer ersatter, Handelse beslut,
                                     Handelse ersatt) {
        int version;
        try {
            version = normStore.nastaVersion(beslutad.kommun(), beslutad.ar(), ersatter);
        } catch (Vagran vagran) {
            // the versions moved since the decision was prepared: by this very proposal's decision, if it was decided
            throw forslag.findById(forslaget.id()).filter(rad -> rad.revision() == revision).isPresent() ? vagran
                    : forlorad(forslaget.id(), revision);
        }
        if (forslag.beslutaOmOforandrat(forslaget.id(), revision, version) == 0) {
            throw forlorad(forslaget.id(), revision);
        }
        Kalla kalla = normStore.unikKalla(beslutad.kalla());
        Fordelning medKalla = beslutad.medKalla(kalla);
        normStore.sparaKallor(List.of(kalla), beslut.anvandare());
        normStore.sparaNyVersion(medKalla, "förslag " + forslaget.id(), forslaget.id(), ersatter, version, Tabellursprung.FORSLAG);
        String kommun = beslutad.kommun().id();
        if (ersatt != null) {
            historik.fordelning(kommun, beslutad.ar(), medForslag(ersatt, forslaget.id()));
        }
        historik.fordelning(kommun, beslutad.ar(), medForslag(beslut, forslaget.id()));
        return new LagratForslag(forslaget.beslutadSom(version), revision + 1);
    }

    /**
     * Removes an undecided proposal at {@code revision}; its history stays.
     *
     * @throws Vagran nothing was changed: see {@link #sparaAndring}
     */
    @Transactional
    public void kassera(Forslag forslaget, int revision, Handelse kasserat) {
        if (forslag.kasseraOmOforandrat(forslaget.id(), revision) == 0) {
            throw forlorad(forslaget.id(), revision);
        }
        historik.fordelning(forslaget.fordelning().kommun().id(), forslaget.fordelning().ar(), medForslag(kasserat, forslaget.id()));
    }

    /** Why a checked write changed no row, read again in its transaction (which the refusal rolls back). */
    private Vagran forlorad(long id, int revision) {
        Optional<ForslagRow> nu = forslag.findById(id);
        if (nu.isEmpty()) {
            return Vagran.finnsInte("id", Long.toString(id), "Förslaget " + id + " finns inte längre: det kasserades samtidigt.");
        }
        if (Fordelningsstatus.valueOf(nu.get().status()).arLast()) {
            return Vagran.beslutad("Förslaget " + id + " beslutades samtidigt (version " + nu.get().beslutadVersion()
                    + ") och ändras inte längre. Inget ändrades.");
        }
        return Vagran.samtidigAndring("Förslaget " + id + " ändrades samtidigt av någon annan (revision " + revision + " → "
                + nu.get().revision() + "). Inget ändrades: hämta förslaget igen (GET /api/v1/forslag/" + id
                + ") och gör om ändringen med dess nya ETag.");
    }

    private void sparaCeller(long id, Fordelning tabell) {
        celler.saveAll(FordelningRows.celler(tabell, (cell, kronor) -> new ForslagCellRow(null, id, cell.tabell().name(),
                cell.rad(), cell.kolumn(), kronor.belopp())));
    }

    private Forslag forslag(ForslagRow rad) {
        KommunRow kommunRad = kommuner.findById(rad.kommun()).orElseThrow();
        Kommun kommun = new Kommun(kommunRad.id(), kommunRad.kod(), kommunRad.namn());
        Fordelning tabell = FordelningCells.fordelning(kommun, rad.ar(), Fordelningsstatus.FORSLAG, null,
                new Kalla(rad.kallaId(), rad.kallaTitel(), Tillforlitlighet.HARLEDD, null),
                Avrundning.valueOf(rad.hemmavarandeAvrundning()), rad.hemmavarandeExempelPersoner(),
                FordelningRows.celler(celler.findByForslagIdOrderById(rad.id())));
        return new Forslag(rad.id(), rad.basar(), Fordelningsstatus.valueOf(rad.status()), tabell, rad.umgangesregel(),
                rad.umgangesnormBekraftad(), rad.beslutadVersion());
    }

    private static Handelse medForslag(Handelse handelse, long forslagId) {
        return new Handelse(handelse.typ(), handelse.anvandare(), handelse.tidpunkt(), handelse.motivering(), forslagId,
                handelse.skillnader());
    }
}
