package se.riksnorm.web.sakerhet;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The local login: an API key in the {@value #HEADER} header (or {@code Authorization: ApiKey <key>}) is
 * hashed and compared, in constant time, with the configured hashes. For the embedded default and for
 * systems without the kommun's identity provider; people in production log in with bearer JWTs.
 */
@Context // read and checked when the service starts: a wrong key configuration stops the start, not a request
class ApiNyckelFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-API-Key";
    private static final String SCHEMA = "apikey ";

    private final List<ApiNyckel> nycklar;
    private final String kommunClaim;
    private final List<byte[]> hashar;

    private static final java.util.Set<String> ROLLER = java.util.Set.of(Roller.HANDLAGGARE, Roller.SAKKUNNIG,
            Roller.BESLUTSFATTARE, Roller.ADMINISTRATOR);

    ApiNyckelFetcher(List<ApiNyckel> nycklar, @Value("${riksnorm.security.kommun-claim:kommunkod}") String kommunClaim) {
        for (ApiNyckel nyckel : nycklar) {
            if (nyckel.name() == null || nyckel.name().isBlank() || nyckel.sha256() == null
                    || !nyckel.sha256().strip().matches("[0-9a-fA-F]{64}") || nyckel.roles() == null
                    || !ROLLER.containsAll(nyckel.roles())) {
                throw new IllegalStateException("riksnorm.security.api-keys: varje nyckel behöver name, sha256 (64 hex-tecken) "
                        + "och roles bland " + ROLLER + "; fel i nyckeln '" + nyckel.name() + "'");
            }
            boolean kommunroll = nyckel.roles().stream().anyMatch(roll -> !roll.equals(Roller.ADMINISTRATOR));
            if (kommunroll && (nyckel.kommuner() == null || nyckel.kommuner().isEmpty())) {
                throw new IllegalStateException("riksnorm.security.api-keys: nyckeln '" + nyckel.name() + "' har rollerna "
                        + nyckel.roles() + " och ska ange de kommuner den agerar för (kommuner: [\"0480\"], eller [\"*\"] för alla)");
            }
        }
        this.kommunClaim = kommunClaim;
        this.nycklar = List.copyOf(nycklar);
        this.hashar = this.nycklar.stream().map(n -> HexFormat.of().parseHex(n.sha256().strip().toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String nyckel = request.getHeaders().get(HEADER);
        if (nyckel == null) {
            String authorization = request.getHeaders().getAuthorization().orElse(null);
            if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(SCHEMA)) {
                nyckel = authorization.substring(SCHEMA.length()).strip();
            }
        }
        if (nyckel == null || nyckel.isEmpty() || nyckel.length() > 200) {
            return Mono.empty();
        }
        byte[] hash = sha256(nyckel);
        ApiNyckel traff = null;
        for (int i = 0; i < hashar.size(); i++) {
            if (MessageDigest.isEqual(hashar.get(i), hash)) {
                traff = nycklar.get(i);
            }
        }
        return traff == null ? Mono.empty() : Mono.just(new ApiNyckelinloggning(traff.name(), traff.roles(),
                Map.of(kommunClaim, traff.kommuner() == null ? List.of() : traff.kommuner())));
    }

    private static byte[] sha256(String nyckel) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(nyckel.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 finns i varje JVM", e);
        }
    }
}
