package se.riksnorm.app.normer;

import se.riksnorm.storage.Normavlasning;
import se.riksnorm.storage.NormStore;
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
    private final AtomicReference<Normavlasning> aktuell = new AtomicReference<>(Normavlasning.TOM);

    Normregister(NormStore store) {
        this.store = store;
    }

    public Normbok aktuell() {
        return aktuell.get().normbok();
    }

    /**
     * Reads everything stored again; called after each write. A read that overlapped a later write and saw less than
     * the one already held (another replica's sync finishing after this replica's own write) does not replace it.
     */
    public Normbok lasOm() {
        Normavlasning last = store.lasNormavlasning();
        return aktuell.accumulateAndGet(last, (nu, ny) -> ny.aldreAn(nu) ? nu : ny).normbok();
    }
}
