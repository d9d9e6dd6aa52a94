package se.riksnorm.web.sakerhet;

import io.micronaut.context.annotation.EachProperty;
import java.util.List;

/**
 * An API key of the local login, one entry of the list {@code riksnorm.sakerhet.api-nycklar}: who it is (the
 * name the audit log records), the SHA-256 of the key (never the key itself) and its roles.
 *
 * @param sha256 the key's SHA-256 in hex: {@code printf %s "$KEY" | sha256sum}
 */
@EachProperty(value = "riksnorm.sakerhet.api-nycklar", list = true)
public record ApiNyckel(String namn, String sha256, List<String> roller) {
}
