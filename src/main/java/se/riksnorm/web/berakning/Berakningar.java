package se.riksnorm.web.berakning;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.MatnormFragan;
import se.riksnorm.domain.berakning.Matnormsberakning;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.UmgangesnormFragan;
import se.riksnorm.domain.berakning.Umgangesnormsberakning;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.drift.Driftmatt;
import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.storage.BerakningStore;
import se.riksnorm.storage.Normregister;
import se.riksnorm.storage.SparadBerakning;

/**
 * The calculations as the HTTP layer uses them: the current norms and the rules in force, the answers and their
 * storage. Each call is one step in and one out: a refusal comes back as a problem, counted like an answer.
 */
@Singleton
class Berakningar {

    private final Normregister register;
    private final Regelregister regler;
    private final Driftmatt matt;
    private final BerakningStore store;
    private final JsonMapper json;
    private final String version;
    /** The calculations over the rules in force; made again when the rules are reloaded. */
    private volatile Kalkyler kalkyler;

    Berakningar(Normregister register, Regelregister regler, BerakningStore store, JsonMapper json, Tjanstversion version,
                Driftmatt matt) {
        this.matt = matt;
        this.register = register;
        this.regler = regler;
        this.store = store;
        this.json = json;
        this.version = version.version();
        this.kalkyler = new Kalkyler(regler.aktuell());
    }

    /** The period's result, or its refusal as a problem. */
    Periodresultat forsorjningsstod(Forfragan forfragan) {
        return utfall("forsorjningsstod", kalkyler().forsorjningsstod.beraknaPeriod(forfragan, register.aktuell()));
    }

    ForsorjningsstodResponse svar(Periodresultat resultat) {
        return BerakningResponses.forsorjningsstod(resultat, version, null, null, true);
    }

    /** The answer with its totals only, the lines left out. */
    ForsorjningsstodResponse summering(Periodresultat resultat) {
        return BerakningResponses.forsorjningsstod(resultat, version, null, null, false);
    }

    /** Stores the request as read and the answer exactly as it is sent; no personnummer is ever part of either. */
    SparadBerakning spara(ForsorjningsstodRequest request, Periodresultat resultat, Anvandare anvandare) {
        String id = UUID.randomUUID().toString();
        String sparad = Instant.now().toString();
        SparadBerakning berakning = new SparadBerakning(id, "FORSORJNINGSSTOD", resultat.kommun().id(),
                resultat.period().toString(), sparad, version, text(request),
                text(BerakningResponses.forsorjningsstod(resultat, version, id, sparad, true)));
        store.spara(berakning, anvandare, "försörjningsstöd " + resultat.summering().forsorjningsstod().svenskText()
                + ", bistånd " + resultat.summering().bistand().svenskText());
        return berakning;
    }

    Optional<SparadBerakning> hamta(String id) {
        return store.hamta(id);
    }

    /** The kommun a stored calculation was made for. */
    Optional<Kommun> kommun(SparadBerakning berakning) {
        return register.aktuell().kommun(berakning.kommun());
    }

    MatnormResponse matnorm(MatnormFragan fraga) {
        return BerakningResponses.matnorm(utfall("matnorm", kalkyler().matnorm.berakna(fraga, register.aktuell())), version);
    }

    UmgangesnormResponse umgangesnorm(UmgangesnormFragan fraga) {
        return BerakningResponses.umgangesnorm(utfall("umgangesnorm", kalkyler().umgangesnorm.berakna(fraga, register.aktuell())),
                version);
    }

    /** The result, counted; or the refusal, counted and thrown as a problem. */
    private <T> T utfall(String typ, Utfall<T> utfall) {
        return utfall.fold(resultat -> {
            matt.berakning(typ, "beraknad");
            return resultat;
        }, fel -> {
            matt.berakning(typ, "avvisad");
            throw BerakningProblems.avvisad(fel);
        });
    }

    private Kalkyler kalkyler() {
        Kalkyler aktuella = kalkyler;
        Regelbok regelbok = regler.aktuell();
        if (aktuella.regelbok != regelbok) {
            aktuella = new Kalkyler(regelbok);
            kalkyler = aktuella;
        }
        return aktuella;
    }

    private String text(Object varde) {
        try {
            return new String(json.writeValueAsBytes(varde), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three calculations over one Regelbok. */
    private static final class Kalkyler {

        private final Regelbok regelbok;
        private final Forsorjningsstodsberakning forsorjningsstod;
        private final Matnormsberakning matnorm;
        private final Umgangesnormsberakning umgangesnorm;

        Kalkyler(Regelbok regelbok) {
            this.regelbok = regelbok;
            this.forsorjningsstod = new Forsorjningsstodsberakning(regelbok);
            this.matnorm = new Matnormsberakning(regelbok);
            this.umgangesnorm = new Umgangesnormsberakning(regelbok);
        }
    }
}
