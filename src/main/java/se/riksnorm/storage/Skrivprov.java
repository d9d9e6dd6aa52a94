package se.riksnorm.storage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** One probe write: 16 KiB stored and removed again in one committed transaction, so it leaves nothing behind. */
@Singleton
class Skrivprov {

    /** About four pages: a write that needs new pages, as a stored calculation does. */
    private static final int STORLEK = 16 * 1024;

    private final DriftProvRepository prov;

    Skrivprov(DriftProvRepository prov) {
        this.prov = prov;
    }

    @Transactional
    void prova() {
        prov.save(new DriftProvRow(null, new byte[STORLEK]));
        prov.deleteAll();
    }
}
