package se.riksnorm.domain.regler;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Avrundning;

/**
 * The begränsningsregel for larger households (prop. 2025/26:201): from child number {@code franBarn}, counted in
 * {@code ordning}, each child's personliga kostnader are reduced by the household type's percentage, of which the
 * month applies {@code infasningProcent} (the phase-in).
 *
 * @param sammanboendeProcent the reduction where the parents live together
 * @param ensamstaendeProcent the reduction for a single parent
 */
public record Begransningsregel(int franBarn, Barnordning ordning, BigDecimal sammanboendeProcent,
                                BigDecimal ensamstaendeProcent, BigDecimal infasningProcent, Avrundning avrundning) {

    public Begransningsregel {
        Objects.requireNonNull(ordning, "ordning");
        Objects.requireNonNull(avrundning, "avrundning");
        if (franBarn < 1) {
            throw new IllegalArgumentException("begränsningsregeln gäller från barn 1 eller senare, inte " + franBarn);
        }
        Procent.kravAndel(sammanboendeProcent, "sammanboende_procent");
        Procent.kravAndel(ensamstaendeProcent, "ensamstaende_procent");
        Procent.kravAndel(infasningProcent, "infasning_procent");
    }

    /** The reduction in percent for the household type. */
    public BigDecimal procent(boolean sammanboende) {
        return sammanboende ? sammanboendeProcent : ensamstaendeProcent;
    }
}
