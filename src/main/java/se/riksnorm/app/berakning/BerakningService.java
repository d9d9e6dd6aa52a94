package se.riksnorm.app.berakning;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.MatnormFragan;
import se.riksnorm.domain.berakning.Matnormsberakning;
import se.riksnorm.domain.berakning.Matnormsresultat;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Redovisning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.UmgangesnormFragan;
import se.riksnorm.domain.berakning.Umgangesnormsberakning;
import se.riksnorm.domain.berakning.Umgangesnormsresultat;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.drift.Driftmatt;
import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.storage.BerakningStore;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.SparadBerakning;

/**
 * The calculations as the adapters (the API, the batch, the pages) use them: the current norms and the rules in force,
 * and the stored answers. Each call is one step in and one out: a refusal is thrown as a {@link Berakningsavslag},
 * counted like an answer.
 */
@Singleton
public class BerakningService {

    private final Normregister register;
    private final Regelregister regler;
    private final Driftmatt matt;
    private final BerakningStore store;
    private final JsonMapper json;
    private final String version;
    /** The calculations over the rules in force; made again when the rules are reloaded. */
    private volatile Kalkyler kalkyler;

    BerakningService(Normregister register, Regelregister regler, BerakningStore store, JsonMapper json, Tjanstversion version,
                     Driftmatt matt) {
        this.matt = matt;
        this.register = register;
        this.regler = regler;
        this.store = store;
        this.json = json;
        this.version = version.version();
        this.kalkyler = new Kalkyler(regler.aktuell());
    }

    /** The period's result, or its refusal. */
    public Periodresultat forsorjningsstod(Forfragan forfragan) {
        return forsorjningsstod(forfragan, Redovisning.MED_RADER);
    }

    /** The period's result with its lines or as a summary, or its refusal. */
    public Periodresultat forsorjningsstod(Forfragan forfragan, Redovisning redovisning) {
        return utfall("forsorjningsstod", kalkyler().forsorjningsstod.beraknaPeriod(forfragan, register.aktuell(), redovisning));
    }

    /** The service's version (from the build), shown with every result so it can be reproduced. */
    public String version() {
        return version;
    }

    /**
     * Stores the request as read and the answer exactly as it is sent; no personnummer is ever part of either.
     *
     * @param svar the answer to store, given the calculation's new id and the moment it is stored
     */
    public SparadBerakning spara(Object begaran, Periodresultat resultat, BiFunction<String, String, Object> svar,
                                 Anvandare anvandare) {
        String id = UUID.randomUUID().toString();
        String sparad = Instant.now().toString();
        SparadBerakning berakning = new SparadBerakning(id, "FORSORJNINGSSTOD", resultat.kommun().id(),
                resultat.period().toString(), sparad, version, text(begaran), text(svar.apply(id, sparad)));
        store.spara(berakning, anvandare, "försörjningsstöd " + resultat.summering().forsorjningsstod().svenskText()
                + ", bistånd " + resultat.summering().bistand().svenskText());
        return berakning;
    }

    public Optional<SparadBerakning> hamta(String id) {
        return store.hamta(id);
    }

    /**
     * Removes a stored calculation before its retention time has run out, audited with who.
     *
     * @return whether it existed
     */
    public boolean tabort(String id, Anvandare anvandare) {
        return store.tabort(id, anvandare);
    }

    /** The kommun a stored calculation was made for. */
    public Optional<Kommun> kommun(SparadBerakning berakning) {
        return register.aktuell().kommun(berakning.kommun());
    }

    public Matnormsresultat matnorm(MatnormFragan fraga) {
        return utfall("matnorm", kalkyler().matnorm.berakna(fraga, register.aktuell()));
    }

    public Umgangesnormsresultat umgangesnorm(UmgangesnormFragan fraga) {
        return utfall("umgangesnorm", kalkyler().umgangesnorm.berakna(fraga, register.aktuell()));
    }

    /** The result, counted; or the refusal, counted and thrown. */
    private <T> T utfall(String typ, Utfall<T> utfall) {
        return utfall.fold(resultat -> {
            matt.berakning(typ, "beraknad");
            return resultat;
        }, fel -> {
            matt.berakning(typ, "avvisad");
            throw new Berakningsavslag(fel);
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
