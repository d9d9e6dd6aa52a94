package se.riksnorm.domain.regler;

import java.util.Objects;

/**
 * A rule as a statute words it in a period.
 *
 * @param forfattning the statute, e.g. "Socialtjänstlagen (2025:400)"
 * @param paragraf e.g. "12 kap. 8 §", or {@code null} where the number is not yet known or there is none
 * @param innehall what it says, in a line
 * @param benamning the law's own term for the thing, where a line is named by it ("Levnadskostnader i övrigt"), or {@code null}
 */
public record Lagrumstext(String forfattning, String paragraf, String innehall, String benamning) {

    public Lagrumstext {
        Objects.requireNonNull(forfattning, "forfattning");
        Objects.requireNonNull(innehall, "innehall");
    }

    /** "Socialtjänstlagen (2025:400) 12 kap. 8 §", or the statute alone. */
    public String lagrum() {
        return paragraf == null ? forfattning : forfattning + " " + paragraf;
    }
}
