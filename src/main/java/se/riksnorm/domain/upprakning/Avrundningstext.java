package se.riksnorm.domain.upprakning;

import se.riksnorm.domain.belopp.Avrundning;

/** A rounding rule in the words of a bilaga. */
final class Avrundningstext {

    private Avrundningstext() {
    }

    static String av(Avrundning avrundning) {
        return avrundning.text();
    }
}
