package se.riksnorm.web.berakning;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.app.berakning.Berakningsavslag;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.SparadBerakning;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;

/**
 * The calculations exactly as the API makes them (RequestParser, then BerakningService: the same refusals, texts and
 * answers, one part per month for a period over several months), for the handläggare's calculator page, which builds
 * the API's own request records from its form. A refusal comes as the API's problem.
 */
@Singleton
public class BerakningForSidor {

    private final BerakningService berakningar;

    BerakningForSidor(BerakningService berakningar) {
        this.berakningar = berakningar;
    }

    public ForsorjningsstodResponse forsorjningsstod(ForsorjningsstodRequest request) {
        return BerakningResponses.svar(resultat(request), berakningar.version());
    }

    /**
     * Calculates and stores, as {@code ?spara=true} does: only for a kommun the login acts for (docs/adr/0052).
     *
     * @return the stored calculation; its answer carries its id
     */
    public SparadBerakning spara(ForsorjningsstodRequest request, Anvandare anvandare, Behorighet behorighet) {
        Periodresultat resultat = resultat(request);
        behorighet.kravFor(resultat.kommun(), Atgard.SPARA_BERAKNINGAR);
        return BerakningController.spara(berakningar, request, resultat, anvandare);
    }

    public MatnormResponse matnorm(MatnormRequest request) {
        return somProblem(() -> BerakningResponses.matnorm(berakningar.matnorm(RequestParser.matnorm(request)),
                berakningar.version()));
    }

    public UmgangesnormResponse umgangesnorm(UmgangesnormRequest request) {
        return somProblem(() -> BerakningResponses.umgangesnorm(berakningar.umgangesnorm(RequestParser.umgangesnorm(request)),
                berakningar.version()));
    }

    private Periodresultat resultat(ForsorjningsstodRequest request) {
        return somProblem(() -> berakningar.forsorjningsstod(RequestParser.forsorjningsstod(request)));
    }

    /** The pages show a problem as the API words it. */
    private static <T> T somProblem(Supplier<T> berakning) {
        try {
            return berakning.get();
        } catch (Berakningsavslag avslag) {
            throw BerakningProblems.avvisad(avslag.fel());
        }
    }
}
