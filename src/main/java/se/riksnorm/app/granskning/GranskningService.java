package se.riksnorm.app.granskning;

import jakarta.inject.Singleton;
import java.time.Instant;
import se.riksnorm.storage.GranskningStore;

/** The audit log as the administrator reads it: newest first, a page at a time; it is only ever written by the stores. */
@Singleton
public class GranskningService {

    private final GranskningStore store;

    GranskningService(GranskningStore store) {
        this.store = store;
    }

    /** @param anvandare only this user's entries, or {@code null} for everyone's */
    public GranskningStore.Sida lista(Instant fran, Instant till, String anvandare, int sida, int storlek) {
        return store.lista(fran, till, anvandare, sida, storlek);
    }

    /** @param objektMonster only entries whose object matches (as GranskningStore matches it), or {@code null} for all */
    public GranskningStore.Sida lista(Instant fran, Instant till, String anvandare, String objektMonster, int sida, int storlek) {
        return store.lista(fran, till, anvandare, objektMonster, sida, storlek);
    }
}
