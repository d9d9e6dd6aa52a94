package se.riksnorm.app.normer;

import jakarta.inject.Singleton;
import java.util.OptionalInt;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.KommunStore;
import se.riksnorm.storage.Kommunval;

/** A kommun's choices where the rules leave room: read, and changed all at once, in force for the next calculation. */
@Singleton
public class KommunvalService {

    private final KommunStore store;
    private final Normregister register;

    KommunvalService(KommunStore store, Normregister register) {
        this.store = store;
        this.register = register;
    }

    public Kommunval val(Kommun kommun) {
        return store.val(kommun.id()).orElseThrow();
    }

    /**
     * Stores the choices and puts them in force at once.
     *
     * @param version the version the caller read, or empty to change whatever is stored
     * @throws se.riksnorm.storage.InaktuellVersion when the stored version moved on: nothing is written
     */
    public Kommunval spara(Kommun kommun, OptionalInt version, Kommunval nya, Anvandare anvandare) {
        int last = version.isPresent() ? version.getAsInt() : val(kommun).version();
        Kommunval sparade = store.sparaVal(kommun.id(), last, nya, anvandare);
        register.lasOm();
        return sparade;
    }
}
