package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Matnorm for the people of a household, for a number of days, from the kommun's table for the month. */
public record MatnormFragan(String kommun, YearMonth manad, int dagar, List<Medlem> medlemmar) {

    public MatnormFragan {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(manad, "manad");
        medlemmar = List.copyOf(medlemmar);
    }
}
