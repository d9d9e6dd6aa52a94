package se.riksnorm.storage;

import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.upprakning.Umgangesregel;

/**
 * A kommun's choices where the rules leave room, as stored: for calculations (åldersbyte, dagberäkning), for
 * proposing umgängesnorm, and the rounding of the hemmavarande-ungdom share in the tables it enters or proposes.
 *
 * @param umgangesregel the kommun's own rule, or {@code null} for the service's standard rule
 * @param hemmavarandeAvrundning the rounding the kommun chose, or {@code null} where it chose none
 * @param ursprung STANDARD (the service's defaults), FIL (its kommun.yaml) or API (set through the API)
 * @param version raised by every change; the ETag of the choices
 */
public record Kommunval(Berakningsinstallningar berakning, Umgangesregel umgangesregel, Avrundning hemmavarandeAvrundning,
                        String ursprung, int version) {

    public static final String STANDARD = "STANDARD";
    public static final String FIL = "FIL";
    public static final String API = "API";

    public Kommunval {
        Objects.requireNonNull(berakning, "berakning");
        Objects.requireNonNull(ursprung, "ursprung");
    }

    /** The choices a request sets, before they are stored. */
    public static Kommunval nya(Berakningsinstallningar berakning, Umgangesregel umgangesregel, Avrundning hemmavarandeAvrundning) {
        return new Kommunval(berakning, umgangesregel, hemmavarandeAvrundning, API, 0);
    }

    /** The choices in words, for the audit log's before and after. */
    String text() {
        return "åldersbyte " + berakning.aldersbyte() + ", dagberäkning " + berakning.dagberakning() + ", umgänge "
                + (umgangesregel == null ? "standard (" + Umgangesregel.standard().beskrivning() + ")" : umgangesregel.beskrivning())
                + ", hemmavarande ungdom " + (hemmavarandeAvrundning == null ? "inte valt" : hemmavarandeAvrundning);
    }
}
