package se.riksnorm.app.berakning;

import java.util.List;
import se.riksnorm.domain.berakning.Fel;

/**
 * A calculation the rules refused (an unknown kommun, norms missing for a month, a household that cannot be), with
 * every reason at once. Carries no stack trace: it is an answer, not a fault; the web layer words it as a problem.
 */
public final class Berakningsavslag extends RuntimeException {

    private final transient List<Fel> fel;

    public Berakningsavslag(List<Fel> fel) {
        super(fel.get(0).meddelande(), null, false, false);
        this.fel = List.copyOf(fel);
    }

    public List<Fel> fel() {
        return fel;
    }
}
