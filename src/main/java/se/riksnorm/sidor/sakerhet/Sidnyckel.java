package se.riksnorm.sidor.sakerhet;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages' secret ({@code riksnorm.pages.secret}, env {@code RIKSNORM_PAGES_SECRET}, at least 32 characters):
 * it signs the login cookie and the forms' CSRF tokens. Without one, each start draws its own, so logins last until
 * the restart and hold on one replica only; several replicas need the same configured secret.
 */
@Singleton
public class Sidnyckel {

    private static final Logger LOG = LoggerFactory.getLogger(Sidnyckel.class);
    private static final int MINST = 32;

    private final byte[] hemlighet;

    Sidnyckel(@Nullable @Value("${riksnorm.pages.secret:}") String konfigurerad) {
        if (konfigurerad == null || konfigurerad.isBlank()) {
            hemlighet = new byte[MINST];
            new SecureRandom().nextBytes(hemlighet);
            LOG.info("riksnorm.pages.secret saknas: inloggningar på sidorna gäller till omstart (sätt RIKSNORM_PAGES_SECRET)");
        } else if (konfigurerad.length() < MINST) {
            throw new IllegalStateException("riksnorm.pages.secret ska ha minst " + MINST + " tecken");
        } else {
            hemlighet = konfigurerad.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The key of one use, derived so that no two uses share a key: HMAC(secret, use). */
    byte[] nyckel(String anvandning) {
        return hmac(hemlighet, anvandning);
    }

    static byte[] hmac(byte[] nyckel, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nyckel, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 finns i varje JVM", e);
        }
    }
}
