package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The login through the kommun's identity provider (OpenID Connect, client {@value #KLIENT}): the ID token's claims
 * give name, roles and kommuner by the same claim names as the API's bearer tokens ({@code RIKSNORM_NAME_CLAIM},
 * {@code RIKSNORM_ROLES_CLAIM}, and {@code RIKSNORM_KOMMUN_CLAIM}, default {@code kommunkod}, for the kommuner).
 * Roles the service does not know
 * are dropped; a login without any of its roles is refused.
 */
@Singleton
@Named(KommunensInloggning.KLIENT)
class KommunensInloggning implements OpenIdAuthenticationMapper {

    /** The client's name in {@code micronaut.security.oauth2.clients.*}: the login starts at /oauth/login/kommun. */
    static final String KLIENT = "kommun";
    private static final Set<String> ROLLER = Set.of(Roller.HANDLAGGARE, Roller.SAKKUNNIG, Roller.BESLUTSFATTARE,
            Roller.ADMINISTRATOR);

    private final String namnClaim;
    private final String rollerClaim;
    private final String kommunClaim;

    KommunensInloggning(@Value("${micronaut.security.token.name-key:sub}") String namnClaim,
                        @Value("${micronaut.security.token.roles-name:roles}") String rollerClaim,
                        @Value("${riksnorm.security.kommun-claim:kommunkod}") String kommunClaim) {
        this.namnClaim = namnClaim;
        this.rollerClaim = rollerClaim;
        this.kommunClaim = kommunClaim;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String klient, OpenIdTokenResponse svar,
                                                                         OpenIdClaims claims, @Nullable State state) {
        Map<String, Object> alla = claims.getClaims();
        Object namn = alla.getOrDefault(namnClaim, claims.getSubject());
        List<String> roller = new ArrayList<>(Inloggad.varden(alla.get(rollerClaim)));
        roller.retainAll(ROLLER);
        if (namn == null || namn.toString().isBlank() || roller.isEmpty()) {
            return Mono.just(AuthenticationResponse.failure("Inloggningen gav inget namn eller ingen av tjänstens roller ("
                    + String.join(", ", ROLLER) + ") i " + rollerClaim + "."));
        }
        Map<String, Object> attribut = new LinkedHashMap<>();
        // the kommuner under the claim the API reads (Behorighet), so the cookie token carries them as a bearer token would
        attribut.put(kommunClaim, List.copyOf(Inloggad.varden(alla.get(kommunClaim))));
        // the pages' own cookie token is read back with the same name claim as the identity provider's tokens
        attribut.put(namnClaim, namn.toString());
        return Mono.just(AuthenticationResponse.success(namn.toString(), roller, attribut));
    }
}
