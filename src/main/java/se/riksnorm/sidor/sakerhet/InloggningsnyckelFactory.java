package se.riksnorm.sidor.sakerhet;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Base64;

/**
 * Signs (and verifies) the login cookie's token with a key derived from the pages' secret ({@link Sidnyckel}). The
 * cookie holds the login the identity provider (or a dev demo user) gave: name, roles, kommuner.
 */
@Factory
class InloggningsnyckelFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration inloggningskaka(Sidnyckel sidnyckel) {
        SecretSignatureConfiguration konfiguration = new SecretSignatureConfiguration("generator");
        konfiguration.setSecret(Base64.getEncoder().encodeToString(sidnyckel.nyckel("inloggningskaka")));
        konfiguration.setBase64(true);
        konfiguration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(konfiguration);
    }
}
