package se.riksnorm.sidor.inloggning;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.sidor.sakerhet.DemoAnvandare;

/**
 * The login page: the kommun's identity provider where one is configured, the demo users in dev.
 *
 * @param meddelande what just happened (logged out), or null
 * @param fel why the last login failed, or null
 */
public record Inloggningssida(List<DemoAnvandare> demo, boolean kommunensInloggning, @Nullable String meddelande,
                              @Nullable String fel) {

    public static final String TITEL = "Logga in";

    /**
     * @param utloggad the person just logged out
     * @param misslyckad the last login failed
     */
    static Inloggningssida av(List<DemoAnvandare> demo, boolean kommunensInloggning, boolean utloggad, boolean misslyckad) {
        return new Inloggningssida(demo, kommunensInloggning, utloggad ? "Du är utloggad." : null, misslyckad
                ? "Inloggningen misslyckades: fel användarnamn eller lösenord, eller en inloggning utan någon av tjänstens roller."
                : null);
    }
}
