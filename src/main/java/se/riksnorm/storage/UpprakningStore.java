package se.riksnorm.storage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCeller;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Forslag;

/**
 * The uppräkning's writes: national proposals and published tables with their history, and the
 * proposals (förslag) of kommunernas fördelningar. Every write is one transaction with its history entry: a
 * change is stored with who made it and why, or not at all. Deciding stores the new version of the
 * year's table, its source, and the proposal's new state together.
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
    @Transactional(readOnly = true)
    public Optional<Kalla> kalla(String id) {
        return kallor.findById(id).map(rad -> new Kalla(rad.id(), rad.titel(), Tillforlitlighet.valueOf(rad.tillforlitlighet()),
                rad.referens()));
    }

    /** Stores a new proposal with the entry that records its making; returns it with its id. */
    @Transactional
    public Forslag skapa(Forslag nytt, Handelse skapat) {
        Fordelning tabell = nytt.fordelning();
        HemmavarandeUngdom ungdom = tabell.hemmavarandeUngdom();
        long id = forslag.save(new ForslagRow(null, tabell.kommun().id(), tabell.ar(), nytt.basar(), nytt.status().name(),
                tabell.kalla().id(), tabell.kalla().titel(), nytt.umgangesregel(), nytt.umgangesnormBekraftad(),
                ungdom.andelensAvrundning().name(), ungdom.exempel() == null ? null : ungdom.exempel().antalPersoner(),
                null, skapat.anvandare().namn(), skapat.tidpunkt().toString())).id();
        sparaCeller(id, tabell);
        historik.fordelning(tabell.kommun().id(), tabell.ar(), medForslag(skapat, id));
        return new Forslag(id, nytt.basar(), nytt.status(), tabell, nytt.umgangesregel(), nytt.umgangesnormBekraftad(), null);
    }

    @Transactional(readOnly = true)
    public Optional<Forslag> hamta(long id) {
        return forslag.findById(id).map(this::forslag);
    }

    /** The kommun's proposals, oldest first, decided ones included. */
    @Transactional(readOnly = true)
    public List<Forslag> lista(String kommun) {
        return forslag.findByKommunOrderById(kommun).stream().map(this::forslag).toList();
    }

    /** Stores a changed proposal (its cells and whether its umgängesnorm is confirmed) with the entry. */
    @Transactional
    public void sparaAndring(Forslag andrat, Handelse handelse) {
        ForslagRow rad = forslag.findById(andrat.id()).orElseThrow();
        if (Fordelningsstatus.valueOf(rad.status()).arLast()) {
            throw new IllegalStateException("förslaget " + andrat.id() + " är beslutat");
        }
        forslag.update(medLage(rad, Fordelningsstatus.FORSLAG, andrat.umgangesnormBekraftad(), null));
        celler.deleteByForslagId(andrat.id());
        sparaCeller(andrat.id(), andrat.fordelning());
        historik.fordelning(rad.kommun(), rad.ar(), medForslag(handelse, andrat.id()));
    }

    /**
     * Stores the decision: its source (under an id no other source has), the year's new version, and the
     * proposal as decided, with the history entries of the decision and of the version it replaces.
     *
     * @param ersatter the version in force the decision names as replaced, or {@code null}
     * @return the proposal as decided
     */
    @Transactional
    public Forslag sparaBeslut(Forslag forslaget, Fordelning beslutad, Integer ersatter, Handelse beslut, Handelse ersatt) {
        Kalla kalla = normStore.unikKalla(beslutad.kalla());
        Fordelning medKalla = beslutad.medKalla(kalla);
        normStore.sparaKallor(List.of(kalla), beslut.anvandare());
        int version = normStore.sparaNyVersion(medKalla, "förslag " + forslaget.id(), forslaget.id(), ersatter,
                Tabellursprung.FORSLAG, null);
        Forslag beslutat = forslaget.beslutadSom(version);
        ForslagRow rad = forslag.findById(forslaget.id()).orElseThrow();
        forslag.update(medLage(rad, Fordelningsstatus.BESLUTAD, rad.umgangesnormBekraftad(), version));
        if (ersatt != null) {
            historik.fordelning(rad.kommun(), rad.ar(), medForslag(ersatt, forslaget.id()));
        }
        historik.fordelning(rad.kommun(), rad.ar(), medForslag(beslut, forslaget.id()));
        return beslutat;
    }

    /** Removes an undecided proposal; its history stays. */
    @Transactional
    public void kassera(Forslag forslaget, Handelse kasserat) {
        ForslagRow rad = forslag.findById(forslaget.id()).orElseThrow();
        if (Fordelningsstatus.valueOf(rad.status()).arLast()) {
            throw new IllegalStateException("förslaget " + forslaget.id() + " är beslutat");
        }
        forslag.deleteById(forslaget.id());
        historik.fordelning(rad.kommun(), rad.ar(), medForslag(kasserat, forslaget.id()));
    }

    /** The row with the proposal's state changed: status, confirmation and the version a decision made. */
    private static ForslagRow medLage(ForslagRow rad, Fordelningsstatus status, boolean bekraftad, Integer beslutadVersion) {
        return new ForslagRow(rad.id(), rad.kommun(), rad.ar(), rad.basar(), status.name(), rad.kallaId(), rad.kallaTitel(),
                rad.umgangesregel(), bekraftad, rad.hemmavarandeAvrundning(), rad.hemmavarandeExempelPersoner(),
                beslutadVersion, rad.skapadAv(), rad.skapad());
    }

    private void sparaCeller(long id, Fordelning tabell) {
        celler.saveAll(FordelningRader.celler(tabell, (cell, kronor) -> new ForslagCellRow(null, id, cell.tabell().name(),
                cell.rad(), cell.kolumn(), kronor.belopp())));
    }

    private Forslag forslag(ForslagRow rad) {
        KommunRow kommunRad = kommuner.findById(rad.kommun()).orElseThrow();
        Kommun kommun = new Kommun(kommunRad.id(), kommunRad.kod(), kommunRad.namn());
        Fordelning tabell = FordelningCeller.fordelning(kommun, rad.ar(), Fordelningsstatus.FORSLAG, null,
                new Kalla(rad.kallaId(), rad.kallaTitel(), Tillforlitlighet.HARLEDD, null),
                Avrundning.valueOf(rad.hemmavarandeAvrundning()), rad.hemmavarandeExempelPersoner(),
                FordelningRader.celler(celler.findByForslagIdOrderById(rad.id())));
        return new Forslag(rad.id(), rad.basar(), Fordelningsstatus.valueOf(rad.status()), tabell, rad.umgangesregel(),
                rad.umgangesnormBekraftad(), rad.beslutadVersion());
    }

    private static Handelse medForslag(Handelse handelse, long forslagId) {
        return new Handelse(handelse.typ(), handelse.anvandare(), handelse.tidpunkt(), handelse.motivering(), forslagId,
                handelse.skillnader());
    }
}
