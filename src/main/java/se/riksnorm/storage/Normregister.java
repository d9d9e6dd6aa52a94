package se.riksnorm.storage;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import se.riksnorm.domain.Normbok;

/**
 * The current {@link Normbok}: read once from the database after every write, so a request reads
 * an immutable snapshot and never the database.
 */
@Singleton
public class Normregister {

    private final NormStore store;
    private final AtomicReference<Normbok> aktuell = new AtomicReference<>(Normbok.tom());

    Normregister(NormStore store) {
        this.store = store;
    }

    public Normbok aktuell() {
        return aktuell.get();
    }

    /** Reads everything stored again; called after each write. */
    public Normbok lasOm() {
        Normbok normbok = store.lasNormbok();
        aktuell.set(normbok);
        return normbok;
    }
}
