package se.riksnorm.domain.historik;

import java.util.Objects;
import se.riksnorm.domain.Fritext;

/**
 * Who made a change, as a table's history and the audit log record it: the name people read, how the caller
 * logged in, and the identity that login vouches for. The kind and identity keep the record unambiguous: a JWT
 * user whose name claim reads like an API key's name, or like the service's own loads, is still recorded as the
 * JWT user it is (docs/adr/0146).
 *
 * @param namn the name shown: the JWT's name claim, the API key's configured name, or the service's own task
 * @param identitet a JWT's subject and issuer ("sub @ iss"), an API key's name, "riksnorm" for the service itself;
 *                  {@code null} only for entries recorded before kinds were ({@link Inloggning#OKAND})
 */
public record Anvandare(String namn, Inloggning inloggning, String identitet) {

    public static final int STORSTA_LANGD = 100;
    public static final int STORSTA_IDENTITET = 300;

    /** How the caller logged in. */
    public enum Inloggning {
        /** A bearer JWT from the kommun's identity provider. */
        JWT,
        /** An API key of the local login. */
        API_NYCKEL,
        /** The service itself: loading norms/, removing old stored calculations. */
        SYSTEM,
        /** Recorded before the kind was recorded. */
        OKAND
    }

    /** Changes made by the service itself while loading {@code norms/}: the file is the author. */
    public static final Anvandare INLASNING = system("inläsning av norms/");

    public Anvandare {
        Objects.requireNonNull(namn, "namn");
        Objects.requireNonNull(inloggning, "inloggning");
        namn = Fritext.normaliserad(namn);
        if (namn.isEmpty() || Fritext.fel(namn, STORSTA_LANGD).isPresent()) {
            throw new IllegalArgumentException("en användare anges med 1–" + STORSTA_LANGD
                    + " tecken på en rad utan styr- och formateringstecken, inte '" + namn + "'");
        }
        identitet = Fritext.normaliserad(identitet);
        if (identitet == null ? inloggning != Inloggning.OKAND : identitet.isEmpty() || Fritext.fel(identitet, STORSTA_IDENTITET).isPresent()) {
            throw new IllegalArgumentException("en inloggning anges med en identitet på 1–" + STORSTA_IDENTITET
                    + " tecken på en rad, inte '" + identitet + "'");
        }
    }

    public static Anvandare system(String uppgift) {
        return new Anvandare(uppgift, Inloggning.SYSTEM, "riksnorm");
    }

    public static Anvandare apiNyckel(String namn) {
        return new Anvandare(namn, Inloggning.API_NYCKEL, namn);
    }

    /**
     * @param namn the name claim's value (e.g. preferred_username), or the subject
     * @param utfardare the token's issuer, or {@code null} where it has none
     */
    public static Anvandare jwt(String namn, String subjekt, String utfardare) {
        return new Anvandare(namn, Inloggning.JWT, (subjekt == null ? "" : subjekt) + (utfardare == null ? "" : " @ " + utfardare));
    }
}
