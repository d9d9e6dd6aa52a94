package se.riksnorm.export;

import java.math.BigDecimal;
import se.riksnorm.domain.belopp.Kronor;

/** Numbers as a Swedish bilaga writes them: "2 026", "−34", "8,6 %" (a real minus sign, a space before %). */
public final class Svenskt {

    private static final String KR = " kr";

    private Svenskt() {
    }

    /** Thousands grouped with a space: Kronor's own Swedish form without the unit. */
    public static String tal(Kronor kronor) {
        String text = kronor.svenskText();
        return text.substring(0, text.length() - KR.length());
    }

    public static String kronor(Kronor kronor) {
        return kronor.svenskText();
    }

    public static String procent(BigDecimal procent) {
        return procent.toPlainString().replace('.', ',').replace("-", "\u2212") + " %";
    }
}
