package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dev login page's demo users, only where {@value #EGENSKAP} is true (the dev and test environments). The login
 * they get is the same as through the identity provider: name, roles, and the kommuner under the API's kommun claim
 * ({@code riksnorm.security.kommun-claim}). Not an authentication provider of the framework: a demo user's name and
 * password open the login page's form only, never the API (no Basic authentication).
 */
@Singleton
@Requires(property = DemoInloggning.EGENSKAP, value = "true")
public class DemoInloggning {

    public static final String EGENSKAP = "riksnorm.pages.demo-login";

    private final List<DemoAnvandare> anvandare;
    private final String kommunClaim;

    DemoInloggning(List<DemoAnvandare> anvandare, @Value("${riksnorm.security.kommun-claim:kommunkod}") String kommunClaim) {
        this.anvandare = List.copyOf(anvandare);
        this.kommunClaim = kommunClaim;
    }

    public List<DemoAnvandare> anvandare() {
        return anvandare;
    }

    /** The demo user's login, if name and password match one. */
    public Optional<Authentication> loggaIn(String namn, String losenord) {
        for (DemoAnvandare demo : anvandare) {
            if (demo.name().equals(namn) && lika(demo.password(), losenord)) {
                return Optional.of(Authentication.build(demo.name(), demo.roles(),
                        Map.of(kommunClaim, demo.kommuner() == null ? List.of() : demo.kommuner())));
            }
        }
        return Optional.empty();
    }

    private static boolean lika(String vantat, String givet) {
        return vantat != null && givet != null
                && MessageDigest.isEqual(vantat.getBytes(StandardCharsets.UTF_8), givet.getBytes(StandardCharsets.UTF_8));
    }
}
