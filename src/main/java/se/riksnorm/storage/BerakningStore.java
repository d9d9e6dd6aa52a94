package se.riksnorm.storage;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Granskningspost;

/** Stored calculations: written once, never changed. */
@Singleton
public class BerakningStore {

    private final BerakningRepository repository;
    private final GranskningStore granskning;

    BerakningStore(BerakningRepository repository, GranskningStore granskning) {
        this.repository = repository;
        this.granskning = granskning;
    }

    /**
     * Stores the calculation and its entry in the audit log together.
     *
     * @param sammanfattning what the answer says, for the audit log (e.g. "försörjningsstöd 6 230 kr")
     */
    @Transactional
    public void spara(SparadBerakning berakning, Anvandare anvandare, String sammanfattning) {
        repository.save(new BerakningRow(berakning.id(), berakning.typ(), berakning.kommun(), berakning.period(),
                berakning.sparad(), berakning.tjanstversion(), berakning.begaran(), berakning.svar()));
        granskning.logga(new Granskningspost(Instant.parse(berakning.sparad()), anvandare, "BERAKNING_SPARAD",
                "beräkning " + berakning.id(), null, berakning.kommun() + " " + berakning.period() + ": " + sammanfattning));
    }

    /**
     * Removes the stored calculation, with its entry in the audit log.
     *
     * @return whether it existed
     */
    @Transactional
    public boolean tabort(String id, Anvandare anvandare) {
        Optional<BerakningRow> rad = repository.findById(id);
        rad.ifPresent(r -> {
            repository.delete(r);
            granskning.logga(new Granskningspost(Instant.now(), anvandare, "BERAKNING_BORTTAGEN", "beräkning " + id,
                    r.kommun() + " " + r.period() + ", sparad " + r.sparad(), null));
        });
        return rad.isPresent();
    }

    /**
     * Removes up to {@code antal} calculations stored before {@code fore}, oldest first, and records how many in the
     * audit log, in one transaction (the removal comes first, so its freed pages take the entry on a full disk).
     *
     * @return how many were removed
     */
    @Transactional
    public int gallra(Instant fore, int antal, Anvandare anvandare) {
        int borttagna = repository.gallra(fore.toString(), antal);
        if (borttagna > 0) {
            granskning.logga(new Granskningspost(Instant.now(), anvandare, "BERAKNINGAR_GALLRADE", "beräkningar sparade före " + fore,
                    null, borttagna + " borttagna"));
        }
        return borttagna;
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Optional<SparadBerakning> hamta(String id) {
        return repository.findById(id).map(r -> new SparadBerakning(r.id(), r.typ(), r.kommun(), r.period(), r.sparad(),
                r.tjanstversion(), r.begaran(), r.svar()));
    }
}
