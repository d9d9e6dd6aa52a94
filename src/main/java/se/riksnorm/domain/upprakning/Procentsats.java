package se.riksnorm.domain.upprakning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The government's uppräkning of the riksnorm in percent, exact as written: 8,6 % for 2023 (regeringen
 * 2022-11-03, quoted in Nyköping SN22/37), 8,7 % for 2024. Never a double: "8.6" is 86/10.
 */
public record Procentsats(BigDecimal procent) {

    static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    /** Far beyond any uppräkning ever decided; stops a typo (870 for 8.70) from producing absurd tables. */
    private static final BigDecimal STORSTA = BigDecimal.valueOf(1000);
    private static final int STORSTA_ANTAL_DECIMALER = 4;

    public Procentsats {
        Objects.requireNonNull(procent, "procent");
        if (procent.compareTo(HUNDRA.negate()) <= 0 || procent.compareTo(STORSTA) > 0) {
            throw Vagran.ogiltigt("procent", procent.toPlainString(), "Uppräkningen ska vara större än −100 % "
                    + "(riksnormen kan inte bli noll eller negativ) och högst " + STORSTA + " %, inte " + procent.toPlainString() + " %.");
        }
        BigDecimal utanNollor = procent.stripTrailingZeros();
        if (utanNollor.scale() > STORSTA_ANTAL_DECIMALER) {
            throw Vagran.ogiltigt("procent", procent.toPlainString(), "Uppräkningen anges med högst "
                    + STORSTA_ANTAL_DECIMALER + " decimaler, inte " + procent.toPlainString() + ".");
        }
        procent = utanNollor.scale() < 0 ? utanNollor.setScale(0) : utanNollor;
    }

    /** Reads "8.7", "8,7" or "−1.5"; anything else is refused naming the field. */
    public static Procentsats tolka(String text) {
        if (text == null || text.isBlank()) {
            throw Vagran.ogiltigt("procent", text, "Uppräkningen i procent saknas, t.ex. \"8.7\".");
        }
        String normaliserad = text.strip().replace(',', '.').replace('\u2212', '-');
        if (!normaliserad.matches("-?[0-9]{1,4}(\\.[0-9]{1,10})?")) {
            throw Vagran.ogiltigt("procent", text, "Uppräkningen anges som ett decimaltal i procent, t.ex. \"8.7\", inte '"
                    + text + "'.");
        }
        return new Procentsats(new BigDecimal(normaliserad));
    }

    /** 100 + p: multiplied by an amount and divided by 100 it gives the raised amount, exactly. */
    public BigDecimal hundraPlus() {
        return HUNDRA.add(procent);
    }

    /** As written in Swedish: "8,7 %", "−1,5 %", "0 %". */
    public String svenskText() {
        return procent.toPlainString().replace('.', ',').replace("-", "\u2212") + " %";
    }

    /** For ids: "8-7", "minus-1-5". */
    public String nyckel() {
        return procent.toPlainString().replace("-", "minus-").replace('.', '-');
    }
}
