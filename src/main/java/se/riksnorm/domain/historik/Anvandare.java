package se.riksnorm.domain.historik;

import java.util.Objects;
import se.riksnorm.domain.Fritext;

/**
 * Who made a change, as recorded in a table's history. Until authentication arrives (issue 4) this is the
 * name the caller states; the web layer resolves it in one place, so the authenticated principal can take
 * its place without touching the rules.
 */
public record Anvandare(String namn) {

    public static final int STORSTA_LANGD = 100;

    /** Changes made by the service itself while loading {@code norms/}: the file is the author. */
    public static final Anvandare INLASNING = new Anvandare("inläsning av norms/");

    public Anvandare {
        Objects.requireNonNull(namn, "namn");
        namn = Fritext.normaliserad(namn);
        if (namn.isEmpty() || Fritext.fel(namn, STORSTA_LANGD).isPresent()) {
            throw new IllegalArgumentException("en användare anges med 1–" + STORSTA_LANGD
                    + " tecken på en rad utan styr- och formateringstecken, inte '" + namn + "'");
        }
    }
}
