package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/**
 * An income for the period.
 *
 * @param medlem the label of the member who earns it, or {@code null} for the household's
 * @param jobbstimulans the member qualifies for jobbstimulans: 25 % of net earned income is not counted
 *                      (after 6 months on försörjningsstöd, for 24 months; the handläggare decides that)
 * @param manad the month the income belongs to; required when the period covers several months
 */
public record Inkomst(Inkomsttyp typ, Kronor belopp, String medlem, boolean jobbstimulans, String beskrivning, YearMonth manad) {

    public Inkomst {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(belopp, "belopp");
    }

    public Inkomst(Inkomsttyp typ, Kronor belopp, String medlem, boolean jobbstimulans, String beskrivning) {
        this(typ, belopp, medlem, jobbstimulans, beskrivning, null);
    }
}
