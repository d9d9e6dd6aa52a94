package se.riksnorm.sidor.beslut;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.sakkunnig.Forslagssida;

/**
 * A proposal before the nämnd: its bilaga and findings, and the form for the decision.
 *
 * @param falt the decision's fields as typed
 * @param gallandeVersion the year's decided version a new decision replaces, or null
 */
public record Beslutssida(Forslagssida forslag, Map<String, String> falt, Formularfel fel, @Nullable Integer gallandeVersion) {

    /** The page's title, e.g. "Besluta förslag 7". */
    public static String titel(long forslag) {
        return "Besluta förslag " + forslag;
    }

    public String varde(String namn) {
        return falt.getOrDefault(namn, "");
    }
}
