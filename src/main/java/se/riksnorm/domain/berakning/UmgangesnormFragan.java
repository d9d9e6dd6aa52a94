package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** Umgängesnorm for visiting children: each child with its age (or birth date) and days of umgänge. */
public record UmgangesnormFragan(String kommun, YearMonth manad, List<Medlem> barn) {

    public UmgangesnormFragan {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(manad, "manad");
        barn = List.copyOf(barn);
    }
}
