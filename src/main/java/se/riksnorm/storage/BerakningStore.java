package se.riksnorm.storage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Stored calculations: written once, never changed. */
@Singleton
public class BerakningStore {

    private final BerakningRepository repository;

    BerakningStore(BerakningRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void spara(SparadBerakning berakning) {
        repository.save(new BerakningRow(berakning.id(), berakning.typ(), berakning.kommun(), berakning.period(),
                berakning.sparad(), berakning.tjanstversion(), berakning.begaran(), berakning.svar()));
    }

    @Transactional(readOnly = true)
    public Optional<SparadBerakning> hamta(String id) {
        return repository.findById(id).map(r -> new SparadBerakning(r.id(), r.typ(), r.kommun(), r.period(), r.sparad(),
                r.tjanstversion(), r.begaran(), r.svar()));
    }
}
