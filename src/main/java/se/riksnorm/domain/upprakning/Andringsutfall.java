package se.riksnorm.domain.upprakning;

import java.util.List;
import se.riksnorm.domain.tabell.Skillnad;

/** A proposal after a change, and every cell the change really altered (old → new). */
public record Andringsutfall(Forslag forslag, List<Skillnad> skillnader) {

    public Andringsutfall {
        skillnader = List.copyOf(skillnader);
    }
}
