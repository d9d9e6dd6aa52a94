package se.riksnorm.app.budget;

import java.util.List;
import se.riksnorm.domain.berakning.Fel;

/** A norm version whose months cannot be calculated (no riksnorm, rules or law for a month): each reason, by version. */
public class Versionsvagran extends RuntimeException {

    private final List<Fel> fel;

    public Versionsvagran(List<Fel> fel) {
        super(fel.get(0).meddelande(), null, false, false);
        this.fel = List.copyOf(fel);
    }

    public List<Fel> fel() {
        return fel;
    }
}
