package se.riksnorm.app.upprakning;

import java.util.List;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * A national table as stored after a proposal or the entry of the published table.
 *
 * @param ersatte whether it replaced a stored table of the same year
 * @param skillnader every cell whose amount differs from the table it replaced
 * @param endastExempel the table is a what-if, not stored: the year's riksnorm is not set by uppräkning
 * @param forklaring why it is only a what-if, from the law of the year; {@code null} otherwise
 */
public record Riksnormutfall(Riksnorm riksnorm, boolean ersatte, List<Skillnad> skillnader, boolean endastExempel,
                             String forklaring) {

    public Riksnormutfall {
        skillnader = List.copyOf(skillnader);
    }

    Riksnormutfall(Riksnorm riksnorm, boolean ersatte, List<Skillnad> skillnader) {
        this(riksnorm, ersatte, skillnader, false, null);
    }
}
