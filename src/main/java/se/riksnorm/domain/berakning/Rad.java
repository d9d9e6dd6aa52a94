package se.riksnorm.domain.berakning;

import java.util.List;
import java.util.Objects;
import se.riksnorm.domain.belopp.Kronor;

/**
 * One line of a result: who, which column, the amount, the rule with its arithmetic, and what it rests on.
 *
 * @param medlem the members' labels the line is about, or {@code null} for the household
 * @param kolumn the riksnorm column or household size, where the line has one
 * @param regel the rule applied, with its figures: e.g. "3 380 kr × 12 / 365 = 111 kr/dag × 15 dagar"
 * @param poster the kommun's split of the amount where it applies to this line whole; otherwise empty
 */
public record Rad(Radtyp typ, String medlem, String kolumn, String benamning, Kronor kronor, String regel,
                  List<Grund> grunder, List<Delpost> poster) {

    public Rad {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(kronor, "kronor");
        Objects.requireNonNull(regel, "regel");
        grunder = List.copyOf(grunder);
        poster = List.copyOf(poster);
    }
}
