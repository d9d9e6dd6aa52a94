package se.riksnorm.web.sakerhet;

import io.micronaut.context.annotation.Value;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.problem.Problems;

/**
 * The logged-in user's {@link Behorighet}, from the claim {@code riksnorm.security.kommun-claim} (default
 * {@code kommunkod}): a bearer token's claim, or the {@code kommuner} of an API key, which the key fetcher puts
 * under the same name. Each entry is a kommunkod, id or name; {@code "*"} is every kommun.
 */
@Singleton
public class BehorighetBinder implements TypedRequestArgumentBinder<Behorighet> {

    private final String claim;
    private final Normregister register;

    BehorighetBinder(@Value("${riksnorm.security.kommun-claim:kommunkod}") String claim, Normregister register) {
        this.claim = claim;
        this.register = register;
    }

    @Override
    public Argument<Behorighet> argumentType() {
        return Argument.of(Behorighet.class);
    }

    @Override
    public BindingResult<Behorighet> bind(ArgumentConversionContext<Behorighet> context, HttpRequest<?> request) {
        Authentication inloggad = request.getUserPrincipal(Authentication.class).orElseThrow(() ->
                Problems.problem(Problemtyp.EJ_INLOGGAD, "Ändringar görs av en inloggad användare.", "Authorization", null));
        Behorighet behorighet = av(inloggad);
        return () -> Optional.of(behorighet);
    }

    /** The login's kommuner as the API reads them; the web pages ask the same (se.riksnorm.sidor.Kommunatkomst). */
    public Behorighet av(Authentication inloggad) {
        List<String> angivna = angivna(inloggad.getAttributes().get(claim));
        Normbok normbok = register.aktuell();
        Set<String> ids = new LinkedHashSet<>();
        List<String> visning = new ArrayList<>();
        boolean alla = false;
        for (String angiven : angivna) {
            if (angiven.equals("*")) {
                alla = true;
                visning.add("alla kommuner");
                continue;
            }
            Optional<Kommun> kommun = normbok.kommun(angiven);
            kommun.ifPresent(k -> {
                ids.add(k.id());
                visning.add(k.namn() + " (" + k.kod() + ")");
            });
        }
        return new Behorighet(inloggad.getName(), new LinkedHashSet<>(inloggad.getRoles()), ids, alla, visning);
    }

    /** A claim of one kommun ("0480"), several kommunkoder in one text ("0480 0481" or "0480,0481"), or a list. */
    private static List<String> angivna(Object varde) {
        List<String> angivna = new ArrayList<>();
        if (varde instanceof Collection<?> lista) {
            lista.stream().map(del -> String.valueOf(del).strip()).filter(del -> !del.isEmpty() && del.length() <= 60)
                    .forEach(angivna::add);
        } else if (varde != null) {
            angivna.addAll(delar(String.valueOf(varde)));
        }
        return angivna;
    }

    private static List<String> delar(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 60).toList();
    }
}
