package se.riksnorm.web.sakerhet;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * An API key of the local login, one entry of the list {@code riksnorm.security.api-keys}: who it is (the
 * name the audit log records), the SHA-256 of the key (never the key itself), its roles, and the kommuner it acts
 * for (kommunkod, id or name; {@code "*"} for every kommun). A key with a kommun's role must name its kommuner.
 *
 * @param sha256 the key's SHA-256 in hex: {@code printf %s "$KEY" | sha256sum}
 */
@EachProperty(value = "riksnorm.security.api-keys", list = true)
public record ApiNyckel(String name, String sha256, List<String> roles, @Nullable List<String> kommuner) {
}
