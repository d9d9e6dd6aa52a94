package se.riksnorm.domain.berakning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person in the calculation. No personnummer: a label, a birth date (or an age where the date is not
 * known) and a role are all the rules need.
 *
 * @param id a label of the caller's choosing, shown on every line about this person (e.g. "barn 1")
 * @param fodelsedatum the birth date, or {@code null} where only the age is known
 * @param alder the age in whole years in the calculation month, used only without a birth date
 * @param dagar the days of the period the person is in the household (växelvis boende), or for an
 *              {@link Roll#UMGANGESBARN} the days of umgänge; {@code null} for the whole period
 * @param lunchIForskolan a child 0–6 år who eats lunch at förskola 5 days a week (the "ej lunch" amounts)
 */
public record Medlem(String id, LocalDate fodelsedatum, Integer alder, Roll roll, Integer dagar, boolean lunchIForskolan) {

    public Medlem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roll, "roll");
    }
}
