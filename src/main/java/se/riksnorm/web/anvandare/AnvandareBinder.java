package se.riksnorm.web.anvandare;

import io.micronaut.core.convert.ArgumentConversionContext;
import se.riksnorm.web.problem.Problemtyp;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.sakerhet.ApiNyckelinloggning;

/**
 * Who makes a change: the one seam between a request and the {@link Anvandare} a table's history and the
 * audit log record. It is the authenticated principal: a bearer token's name claim with its subject and issuer,
 * or the API key's name, each with its kind (docs/adr/0040, 0146). Every write endpoint requires a role, so there
 * is always one.
 */
@Singleton
public class AnvandareBinder implements TypedRequestArgumentBinder<Anvandare> {

    private static String text(Authentication inloggad, String anspraak) {
        Object varde = inloggad.getAttributes().get(anspraak);
        return varde == null ? null : varde.toString();
    }

    @Override
    public Argument<Anvandare> argumentType() {
        return Argument.of(Anvandare.class);
    }

    @Override
    public BindingResult<Anvandare> bind(ArgumentConversionContext<Anvandare> context, HttpRequest<?> request) {
        Authentication inloggad = request.getUserPrincipal(Authentication.class).orElseThrow(() ->
                Problems.problem(Problemtyp.EJ_INLOGGAD, "Ändringar görs av en inloggad användare.", "Authorization", null));
        try {
            Anvandare anvandare = inloggad instanceof ApiNyckelinloggning nyckel ? Anvandare.apiNyckel(nyckel.getName())
                    : Anvandare.jwt(inloggad.getName(), text(inloggad, "sub"), text(inloggad, "iss"));
            return () -> Optional.of(anvandare);
        } catch (IllegalArgumentException e) {
            throw Problems.problem(Problemtyp.EJ_INLOGGAD, "Inloggningens namn kan inte sparas som ändrare: " + e.getMessage(),
                    "Authorization", null);
        }
    }
}
