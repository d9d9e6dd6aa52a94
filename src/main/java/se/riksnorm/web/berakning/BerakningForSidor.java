package se.riksnorm.web.berakning;

import jakarta.inject.Singleton;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.SparadBerakning;

/**
 * The calculations exactly as the API makes them (RequestParser, then Berakningar: the same refusals, texts and
 * answers), for the handläggare's calculator page, which builds the API's own request records from its form.
 */
@Singleton
public class BerakningForSidor {

    private final Berakningar berakningar;

    BerakningForSidor(Berakningar berakningar) {
        this.berakningar = berakningar;
    }

    public ForsorjningsstodResponse forsorjningsstod(ForsorjningsstodRequest request) {
        return berakningar.svar(resultat(request));
    }

    /** Calculates and stores, as {@code ?spara=true} does; the answer carries the stored calculation's id. */
    public SparadBerakning spara(ForsorjningsstodRequest request, Anvandare anvandare) {
        return berakningar.spara(request, resultat(request), anvandare);
    }

    public MatnormResponse matnorm(MatnormRequest request) {
        return berakningar.matnorm(RequestParser.matnorm(request));
    }

    public UmgangesnormResponse umgangesnorm(UmgangesnormRequest request) {
        return berakningar.umgangesnorm(RequestParser.umgangesnorm(request));
    }

    private Berakningsresultat resultat(ForsorjningsstodRequest request) {
        return Berakningar.utfall(berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request)));
    }
}
