package se.riksnorm.web.berakning;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.MatnormFragan;
import se.riksnorm.domain.berakning.Matnormsberakning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.UmgangesnormFragan;
import se.riksnorm.domain.berakning.Umgangesnormsberakning;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.drift.Driftmatt;
import se.riksnorm.storage.BerakningStore;
import se.riksnorm.storage.Normregister;
import se.riksnorm.storage.SparadBerakning;

/** The calculations as the HTTP layer uses them: the current norms, the rules, the answers and their storage. */
@Singleton
class Berakningar {

    private final Normregister register;
    private final Driftmatt matt;
    private final BerakningStore store;
    private final JsonMapper json;
    private final String version;
    private final Forsorjningsstodsberakning forsorjningsstod;
    private final Matnormsberakning matnorm;
    private final Umgangesnormsberakning umgangesnorm;

    Berakningar(Normregister register, BerakningStore store, JsonMapper json, Tjanstversion version, Driftmatt matt) {
        this.matt = matt;
        this.register = register;
        this.store = store;
        this.json = json;
        this.version = version.version();
        Regelbok regelbok = Regelbok.standard();
        this.forsorjningsstod = new Forsorjningsstodsberakning(regelbok);
        this.matnorm = new Matnormsberakning(regelbok);
        this.umgangesnorm = new Umgangesnormsberakning(regelbok);
    }

    Utfall<Berakningsresultat> forsorjningsstod(Forfragan forfragan) {
        return raknad("forsorjningsstod", forsorjningsstod.berakna(forfragan, register.aktuell()));
    }

    ForsorjningsstodResponse svar(Berakningsresultat resultat) {
        return BerakningResponses.forsorjningsstod(resultat, version, null, null);
    }

    /** The answer with its totals only, the lines left out. */
    ForsorjningsstodResponse summering(Berakningsresultat resultat) {
        return BerakningResponses.forsorjningsstod(resultat, version, null, null, false);
    }

    /** Stores the request as read and the answer exactly as it is sent; no personnummer is ever part of either. */
    SparadBerakning spara(ForsorjningsstodRequest request, Berakningsresultat resultat, Anvandare anvandare) {
        String id = UUID.randomUUID().toString();
        String sparad = Instant.now().toString();
        SparadBerakning berakning = new SparadBerakning(id, "FORSORJNINGSSTOD", resultat.kommun().id(),
                resultat.period().toString(), sparad, version, text(request),
                text(BerakningResponses.forsorjningsstod(resultat, version, id, sparad)));
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
        return BerakningResponses.matnorm(utfall(raknad("matnorm", matnorm.berakna(fraga, register.aktuell()))), version);
    }

    UmgangesnormResponse umgangesnorm(UmgangesnormFragan fraga) {
        return BerakningResponses.umgangesnorm(utfall(raknad("umgangesnorm", umgangesnorm.berakna(fraga, register.aktuell()))),
                version);
    }

    private <T> Utfall<T> raknad(String typ, Utfall<T> utfall) {
        matt.berakning(typ, utfall instanceof Utfall.Beraknat ? "beraknad" : "avvisad");
        return utfall;
    }

    /** The result, or the refusal as a problem. */
    static <T> T utfall(Utfall<T> utfall) {
        if (utfall instanceof Utfall.Avvisat<T> avvisat) {
            throw BerakningProblems.avvisad(avvisat.fel());
        }
        return ((Utfall.Beraknat<T>) utfall).resultat();
    }

    private String text(Object varde) {
        try {
            return new String(json.writeValueAsBytes(varde), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
