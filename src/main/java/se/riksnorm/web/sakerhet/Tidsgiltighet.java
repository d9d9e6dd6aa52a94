package se.riksnorm.web.sakerhet;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer JWT is valid only within its time (RFC 7519 §4.1.4, §4.1.5): it must carry exp, and nbf unless
 * {@code riksnorm.security.jwt.require-nbf} is false (some identity providers never issue nbf); it is refused
 * before nbf and from exp on, each with {@code riksnorm.security.jwt.clock-skew} (30 s) for the clocks of
 * the provider and the service. Micronaut's own validators accept a token without exp and ignore nbf unless
 * turned on, without a margin; its exp check is turned off in favour of this one (docs/adr/0146).
 */
@Singleton
class Tidsgiltighet<T> implements GenericJwtClaimsValidator<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Tidsgiltighet.class);

    private final Duration marginal;
    private final boolean kravsNbf;

    Tidsgiltighet(@Value("${riksnorm.security.jwt.clock-skew:30s}") Duration marginal,
                  @Value("${riksnorm.security.jwt.require-nbf:true}") boolean kravsNbf) {
        this.marginal = marginal;
        this.kravsNbf = kravsNbf;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        JWTClaimsSet anspraak = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Instant nu = Instant.now();
        Date exp = anspraak.getExpirationTime();
        Date nbf = anspraak.getNotBeforeTime();
        if (exp == null || !nu.isBefore(exp.toInstant().plus(marginal))) {
            LOG.debug("JWT utan exp eller utgången: {}", exp);
            return false;
        }
        if (nbf == null ? kravsNbf : nu.isBefore(nbf.toInstant().minus(marginal))) {
            LOG.debug("JWT utan nbf eller ännu inte giltig: {}", nbf);
            return false;
        }
        return true;
    }
}
