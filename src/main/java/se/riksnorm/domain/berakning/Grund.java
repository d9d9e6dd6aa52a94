package se.riksnorm.domain.berakning;

import java.util.Objects;

/**
 * What a line rests on, in words a handläggare can paste into a decision: e.g. "Riksnorm 2023
 * (fastställd): Summaraderna i Nyköpings bilagor …" or "Nyköping, Socialnämnden 2022-12-08, Dnr SN22/37".
 *
 * @param tillforlitlighet how sure the figure is (OFFICIELL, KOMMUNSIDA, HARLEDD), where it is a figure
 */
public record Grund(Grundtyp typ, String hanvisning, String tillforlitlighet) {

    public Grund {
        Objects.requireNonNull(typ, "typ");
        Objects.requireNonNull(hanvisning, "hanvisning");
    }
}
