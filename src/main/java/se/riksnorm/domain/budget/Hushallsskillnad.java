package se.riksnorm.domain.budget;

import se.riksnorm.domain.belopp.Kronor;

/**
 * One household under both versions, each figure summed over the months calculated.
 *
 * @param fore försörjningsstöd under the first version
 * @param efter försörjningsstöd under the second version
 * @param riksnormFore the riksnorm part (personliga − begränsning + gemensamma) under the first version
 */
public record Hushallsskillnad(String id, long rad, Hushallstyp typ, int personer, Kronor fore, Kronor efter,
                               Kronor riksnormFore, Kronor riksnormEfter) {

    public Kronor skillnad() {
        return efter.minus(fore);
    }
}
