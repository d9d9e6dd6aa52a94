package se.riksnorm.domain.berakning;

import java.util.List;
import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/**
 * One line of a result: who, which column, the amount, the rule with its arithmetic, and what it rests on.
 *
 * @param medlem the members' labels the line is about, or {@code null} for the household
 * @param kolumn the riksnorm column or household size, where the line has one
 * @param regeltext the rule applied, with its figures: e.g. "3 380 kr × 12 / 365 = 111 kr/dag × 15 dagar"
 * @param poster the kommun's split of the amount where it applies to this line whole; otherwise empty
 */
public record Rad(Radtyp typ, String medlem, String kolumn, String benamning, Kronor kronor, Regeltext regeltext,
                  List<Grund> grunder, List<Delpost> poster) {

    public Rad {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(kronor, "kronor");
        Objects.requireNonNull(regeltext, "regeltext");
        grunder = List.copyOf(grunder);
        poster = List.copyOf(poster);
    }

    /** The rule as text (written out on first read). */
    public String regel() {
        return regeltext.text();
    }
}
