package se.riksnorm.storage;

import java.util.Objects;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Granskningspost;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.upprakning.Umgangesregel;

/**
 * The kommuner and their choices. SCB's list and each kommun.yaml are loaded here, the list in one transaction
 * (290 kommuner cost one read and, on the first start, one batch of inserts). Choices set through the API are the
 * record: a kommun.yaml never overrides them (docs/adr/0051). Every change is audited in its transaction.
 */
@Singleton
public class KommunStore {

    private final KommunRepository kommuner;
    private final KommunUpprakningRepository upprakning;
    private final GranskningStore granskning;

    KommunStore(KommunRepository kommuner, KommunUpprakningRepository upprakning, GranskningStore granskning) {
        this.kommuner = kommuner;
        this.upprakning = upprakning;
        this.granskning = granskning;
    }

    /**
     * SCB's list: adds every kommun not stored yet and corrects a changed kommunkod, name or län; a kommun's choices
     * are never touched. One audit entry names every kommun added or changed.
     *
     * @return how many kommuner were added or changed
     */
    @Transactional
    public int sparaLista(List<Kommun> lista, String fil, Anvandare anvandare) {
        Map<String, KommunRow> lagrade = new HashMap<>();
        kommuner.findAll().forEach(rad -> lagrade.put(rad.id(), rad));
        List<KommunRow> nya = new ArrayList<>();
        List<String> andrade = new ArrayList<>();
        for (Kommun kommun : lista) {
            KommunRow lagrad = lagrade.get(kommun.id());
            if (lagrad == null) {
                Berakningsinstallningar standard = Berakningsinstallningar.STANDARD;
                nya.add(new KommunRow(kommun.id(), kommun.kod(), kommun.namn(), kommun.lan(), standard.aldersbyte().name(),
                        standard.dagberakning().name(), null, Kommunval.STANDARD, 1));
            } else if (!lagrad.kod().equals(kommun.kod()) || !lagrad.namn().equals(kommun.namn())
                    || !kommun.lan().equals(lagrad.lan())) {
                kommuner.update(new KommunRow(lagrad.id(), kommun.kod(), kommun.namn(), kommun.lan(), lagrad.aldersbyte(),
                        lagrad.dagberakning(), lagrad.hemmavarandeAvrundning(), lagrad.valUrsprung(), lagrad.version() + 1));
                andrade.add(kommun.namn() + " (" + kommun.kod() + ", " + kommun.lan() + "), förut " + lagrad.namn() + " ("
                        + lagrad.kod() + ", " + lagrad.lan() + ")");
            }
        }
        kommuner.saveAll(nya);
        if (!nya.isEmpty() || !andrade.isEmpty()) {
            List<String> efter = new ArrayList<>();
            if (!nya.isEmpty()) {
                efter.add(nya.size() + " nya: " + nya.stream().map(r -> r.namn() + " (" + r.kod() + ")").collect(Collectors.joining(", ")));
            }
            if (!andrade.isEmpty()) {
                efter.add(andrade.size() + " ändrade: " + String.join(", ", andrade));
            }
            granskning.logga(new Granskningspost(Instant.now(), anvandare, "KOMMUNER_INLASTA", "kommuner ur " + fil, null,
                    String.join("; ", efter)));
        }
        return nya.size() + andrade.size();
    }

    /**
     * A kommun's kommun.yaml: the kommun (added where SCB's list lacks it, as a test's kommun) and its choices, unless
     * its choices were set through the API, which the file then does not override.
     *
     * @param regel the file's umgänge rule, or {@code null} for the standard rule
     * @return whether the file's choices are the ones stored now (false: the API's are kept)
     */
    @Transactional
    public boolean sparaKommunfil(Kommun kommun, Umgangesregel regel, Anvandare anvandare) {
        Optional<KommunRow> befintlig = kommuner.findById(kommun.id());
        Berakningsinstallningar fil = kommun.berakning();
        if (befintlig.isPresent() && Kommunval.API.equals(befintlig.get().valUrsprung())) {
            Kommunval lagrade = val(befintlig.get());
            return lagrade.berakning().equals(fil) && Objects.equals(lagrade.umgangesregel(), regel);
        }
        KommunRow rad = befintlig.map(b -> new KommunRow(b.id(), kommun.kod(), kommun.namn(), b.lan(), fil.aldersbyte().name(),
                        fil.dagberakning().name(), b.hemmavarandeAvrundning(), Kommunval.FIL, b.version()))
                .orElse(new KommunRow(kommun.id(), kommun.kod(), kommun.namn(), kommun.lan(), fil.aldersbyte().name(),
                        fil.dagberakning().name(), null, Kommunval.FIL, 1));
        Kommunval fore = befintlig.map(this::val).orElse(null);
        boolean radAndrad = befintlig.isEmpty() || !befintlig.get().equals(rad);
        boolean regelAndrad = !Objects.equals(fore == null ? null : fore.umgangesregel(), regel);
        if (!radAndrad && !regelAndrad) {
            return true;
        }
        KommunRow ny = befintlig.isEmpty() ? rad : new KommunRow(rad.id(), rad.kod(), rad.namn(), rad.lan(), rad.aldersbyte(),
                rad.dagberakning(), rad.hemmavarandeAvrundning(), rad.valUrsprung(), rad.version() + 1);
        if (befintlig.isPresent()) {
            kommuner.update(ny);
        } else {
            kommuner.save(ny);
        }
        sparaRegel(kommun.id(), regel);
        granskning.logga(new Granskningspost(Instant.now(), anvandare, befintlig.isPresent() ? "KOMMUN_ANDRAD" : "KOMMUN_NY",
                "kommun " + kommun.id(), fore == null ? null : beskrivning(befintlig.get(), fore),
                beskrivning(ny, val(ny))));
        return true;
    }

    /** The kommun's choices as stored, or empty for an unknown kommun. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<Kommunval> val(String kommun) {
        return kommuner.findById(kommun).map(this::val);
    }

    /**
     * Sets the kommun's choices through the API, if the stored version is still the one the caller read; the check is
     * the UPDATE's own condition. From now on the kommun's kommun.yaml no longer sets them.
     *
     * @throws InaktuellVersion when the version moved on: nothing is written
     */
    @Transactional
    public Kommunval sparaVal(String kommun, int lastVersion, Kommunval nya, Anvandare anvandare) {
        KommunRow fore = kommuner.findById(kommun).orElseThrow();
        long andrade = kommuner.updateValOmVersion(kommun, lastVersion, nya.berakning().aldersbyte().name(),
                nya.berakning().dagberakning().name(),
                nya.hemmavarandeAvrundning() == null ? null : nya.hemmavarandeAvrundning().name(), Kommunval.API);
        if (andrade != 1) {
            throw new InaktuellVersion("Valen för " + fore.namn(), lastVersion, kommuner.findById(kommun).orElseThrow().version());
        }
        Kommunval tidigare = val(fore);
        sparaRegel(kommun, nya.umgangesregel());
        KommunRow efter = kommuner.findById(kommun).orElseThrow();
        Kommunval sparade = val(efter);
        granskning.logga(new Granskningspost(Instant.now(), anvandare, "KOMMUN_VAL_ANDRADE", "kommun " + kommun,
                beskrivning(fore, tidigare), beskrivning(efter, sparade)));
        return sparade;
    }

    /** Changes with every write to any kommun, so another replica's change is noticed (NormSynk). */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public long versionssumma() {
        return kommuner.findVersionssumma();
    }

    /** The kommun's own umgänge rule, if it has one. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<Umgangesregel> umgangesregel(String kommun) {
        return upprakning.findById(kommun).map(UmgangesregelRows::regel);
    }

    private void sparaRegel(String kommun, Umgangesregel regel) {
        if (regel == null) {
            if (upprakning.existsById(kommun)) {
                upprakning.deleteById(kommun);
            }
            return;
        }
        KommunUpprakningRow rad = UmgangesregelRows.rad(kommun, regel);
        if (upprakning.existsById(kommun)) {
            upprakning.update(rad);
        } else {
            upprakning.save(rad);
        }
    }

    private Kommunval val(KommunRow rad) {
        return new Kommunval(new Berakningsinstallningar(Aldersbyte.valueOf(rad.aldersbyte()), Dagberakning.valueOf(rad.dagberakning())),
                upprakning.findById(rad.id()).map(UmgangesregelRows::regel).orElse(null),
                rad.hemmavarandeAvrundning() == null ? null : Avrundning.valueOf(rad.hemmavarandeAvrundning()),
                rad.valUrsprung(), rad.version());
    }

    private static String beskrivning(KommunRow rad, Kommunval val) {
        return rad.namn() + " (" + rad.kod() + "), version " + rad.version() + ", val ur " + rad.valUrsprung() + ": " + val.text();
    }

    /** Every kommun as the norms in memory carry it. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Kommun> alla() {
        List<Kommun> alla = new ArrayList<>();
        kommuner.findAll().forEach(rad -> alla.add(new Kommun(rad.id(), rad.kod(), rad.namn(), rad.lan(),
                new Berakningsinstallningar(Aldersbyte.valueOf(rad.aldersbyte()), Dagberakning.valueOf(rad.dagberakning())))));
        return alla;
    }
}
