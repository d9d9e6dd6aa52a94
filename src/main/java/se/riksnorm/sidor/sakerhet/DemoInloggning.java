package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The dev login page's form login with the demo users: only where the login endpoint is switched on (the dev and
 * test environments). The login they get is the same as through the identity provider: name, roles, kommuner.
 */
@Singleton
@Requires(property = "micronaut.security.endpoints.login.enabled", value = "true")
class DemoInloggning<B> implements HttpRequestAuthenticationProvider<B> {

    private final List<DemoAnvandare> anvandare;

    DemoInloggning(List<DemoAnvandare> anvandare) {
        this.anvandare = List.copyOf(anvandare);
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> begaran) {
        String namn = begaran.getIdentity();
        String losenord = begaran.getSecret();
        for (DemoAnvandare demo : anvandare) {
            if (demo.namn().equals(namn) && lika(demo.losenord(), losenord)) {
                return AuthenticationResponse.success(demo.namn(), demo.roller(),
                        Map.of(Inloggad.KOMMUNER, demo.kommuner() == null ? List.of() : demo.kommuner()));
            }
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }

    private static boolean lika(String vantat, String givet) {
        return vantat != null && givet != null
                && MessageDigest.isEqual(vantat.getBytes(StandardCharsets.UTF_8), givet.getBytes(StandardCharsets.UTF_8));
    }
}
