package se.riksnorm.web.sakerhet;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A login by API key, as its own type: the audit log tells it from a bearer JWT by this type, not by a claim or
 * attribute a token could carry itself (docs/adr/0146). Its attributes carry the key's kommuner (docs/adr/0052).
 */
public record ApiNyckelinloggning(String namn, List<String> roller, Map<String, Object> attribut) implements Authentication {

    public ApiNyckelinloggning {
        roller = List.copyOf(roller);
        attribut = Map.copyOf(attribut);
    }

    @Override
    public String getName() {
        return namn;
    }

    @Override
    public Collection<String> getRoles() {
        return roller;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attribut;
    }
}
