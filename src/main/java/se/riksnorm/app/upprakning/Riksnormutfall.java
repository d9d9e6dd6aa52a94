package se.riksnorm.app.upprakning;

import java.util.List;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * A national table as stored after a proposal or the entry of the published table.
 *
 * @param vad what was done, in a sentence without its full stop (e.g. "Riksnormen 2024 föreslagen ur 2023 + 2,5 %")
 * @param ersatte whether it replaced a stored table of the same year
 * @param skillnader every cell whose amount differs from the table it replaced
 * @param endastExempel the table is a what-if, not stored: the year's riksnorm is not set by uppräkning
 * @param forklaring why it is only a what-if, from the law of the year; {@code null} otherwise
 */
public record Riksnormutfall(Riksnorm riksnorm, String vad, boolean ersatte, List<Skillnad> skillnader, boolean endastExempel,
                             String forklaring) {

    public Riksnormutfall {
        skillnader = List.copyOf(skillnader);
    }

    Riksnormutfall(Riksnorm riksnorm, String vad, boolean ersatte, List<Skillnad> skillnader) {
        this(riksnorm, vad, ersatte, skillnader, false, null);
    }

    /** What was done and, for a replaced table, how many amounts changed: the answer's message. */
    public String meddelande() {
        return vad + (ersatte ? "; ersatte den lagrade tabellen, " + skillnader.size()
                + (skillnader.size() == 1 ? " belopp ändrat" : " belopp ändrade") : "") + ".";
    }
}
