package se.riksnorm.domain.budget;

import java.util.List;
import java.util.Objects;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Medlem;

/**
 * One household of a kommun's caseload as a case system exports it, with no personal data: the household's id
 * as the system gives it, the members' roles and ages (an age held fixed in every month calculated, so that two
 * norm versions see the same people: docs/adr/0120), and the month's costs and incomes. Costs and incomes carry no
 * month; they are the same in every month calculated.
 *
 * @param id the household's id as given (never a personnummer: the readers refuse one)
 * @param rad the line of the upload where the household starts, for errors
 */
public record Budgethushall(String id, long rad, List<Medlem> medlemmar, int ovrigaIHushallet, List<Kostnad> kostnader,
                            List<Inkomst> inkomster) {

    public Budgethushall {
        Objects.requireNonNull(id, "id");
        medlemmar = List.copyOf(medlemmar);
        kostnader = List.copyOf(kostnader);
        inkomster = List.copyOf(inkomster);
    }

    public Hushallstyp typ() {
        return Hushallstyp.av(medlemmar);
    }
}
