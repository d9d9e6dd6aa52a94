package se.riksnorm.domain.upprakning;

import java.util.EnumMap;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/** Proposes last year's decided row unchanged: for a kommun that sets its umgängesnorm by its own review. */
public record UmgangeOforandrad() implements Umgangesregel {

    @Override
    public Map<Aldersgrupp, Kronor> foresla(Map<Aldersgrupp, Poster> personligaKostnader, Map<Aldersgrupp, Kronor> basaretsUmgangesnorm) {
        return new EnumMap<>(basaretsUmgangesnorm);
    }

    @Override
    public String beskrivning() {
        return "föregående års beslutade belopp, oförändrade";
    }
}
