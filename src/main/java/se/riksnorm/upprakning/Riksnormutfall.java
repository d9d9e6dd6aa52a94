package se.riksnorm.upprakning;

import java.util.List;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * A national table as stored after a proposal or the entry of the published table.
 *
 * @param ersatte whether it replaced a stored table of the same year
 * @param skillnader every cell whose amount differs from the table it replaced
 */
public record Riksnormutfall(Riksnorm riksnorm, boolean ersatte, List<Skillnad> skillnader) {

    public Riksnormutfall {
        skillnader = List.copyOf(skillnader);
    }
}
