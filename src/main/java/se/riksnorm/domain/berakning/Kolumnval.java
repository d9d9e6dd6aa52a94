package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.Optional;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/** Which riksnorm column a person counts in for a month. */
final class Kolumnval {

    /** From this age a person is no longer a "barn" in SoL's sense (under 18). */
    static final int MYNDIG = 18;

    private Kolumnval() {
    }

    /** The age that decides the column: from the birth date by the kommun's rule, or as given. */
    static int alder(Medlem medlem, YearMonth manad, Aldersbyte aldersbyte) {
        return medlem.fodelsedatum() != null ? aldersbyte.alderFor(medlem.fodelsedatum(), manad) : medlem.alder();
    }

    /** A child's column, for the roles that have one; empty for adults and for ages outside 0–20. */
    static Optional<Aldersgrupp> barnkolumn(Medlem medlem, YearMonth manad, Aldersbyte aldersbyte) {
        if (medlem.roll() == Roll.HEMMAVARANDE_SKOLUNGDOM) {
            return Optional.of(Aldersgrupp.AR_19_20);
        }
        return Aldersgrupp.forAlder(alder(medlem, manad, aldersbyte));
    }
}
