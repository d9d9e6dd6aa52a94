package se.riksnorm.web.berakning;

import jakarta.inject.Singleton;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.SparadBerakning;
import se.riksnorm.web.sakerhet.Behorighet;

/**
 * The calculations exactly as the API makes them (RequestParser, then Berakningar: the same refusals, texts and
 * answers, one part per month for a period over several months), for the handläggare's calculator page, which builds
 * the API's own request records from its form.
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

    /**
     * Calculates and stores, as {@code ?spara=true} does: only for a kommun the login acts for (docs/adr/0052).
     *
     * @return the stored calculation; its answer carries its id
     */
    public SparadBerakning spara(ForsorjningsstodRequest request, Anvandare anvandare, Behorighet behorighet) {
        Periodresultat resultat = resultat(request);
        behorighet.kravFor(resultat.kommun(), "spara beräkningar för den");
        return berakningar.spara(request, resultat, anvandare);
    }

    public MatnormResponse matnorm(MatnormRequest request) {
        return berakningar.matnorm(RequestParser.matnorm(request));
    }

    public UmgangesnormResponse umgangesnorm(UmgangesnormRequest request) {
        return berakningar.umgangesnorm(RequestParser.umgangesnorm(request));
    }

    private Periodresultat resultat(ForsorjningsstodRequest request) {
        return berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request));
    }
}
