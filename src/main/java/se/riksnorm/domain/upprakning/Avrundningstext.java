package se.riksnorm.domain.upprakning;

import se.riksnorm.domain.belopp.Avrundning;

/** A rounding rule in the words of a bilaga. */
final class Avrundningstext {

    private Avrundningstext() {
    }

    static String av(Avrundning avrundning) {
        return switch (avrundning) {
            case UPPAT_TILL_TIOTAL -> "avrundat uppåt till tiotal";
            case NARMASTE_TIOTAL -> "avrundat till närmaste tiotal";
            case HALVT_UPPAT -> "avrundat till närmaste krona";
            case NEDAT -> "avrundat nedåt till hel krona";
        };
    }
}
