package se.riksnorm.domain.kommun;

import java.util.Objects;

/**
 * A kommun's choices where the rules leave room (docs/adr/0020, 0021), set in
 * {@code norms/kommuner/<id>/kommun.yaml} under {@code berakning}.
 */
public record Berakningsinstallningar(Aldersbyte aldersbyte, Dagberakning dagberakning) {

    public static final Berakningsinstallningar STANDARD =
            new Berakningsinstallningar(Aldersbyte.ALDER_FORSTA_DAGEN, Dagberakning.DAGBELOPP_GANGER_DAGAR);

    public Berakningsinstallningar {
        Objects.requireNonNull(aldersbyte, "aldersbyte");
        Objects.requireNonNull(dagberakning, "dagberakning");
    }
}
