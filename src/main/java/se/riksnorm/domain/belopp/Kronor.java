package se.riksnorm.domain.belopp;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * An amount in whole Swedish kronor. Every riksnorm figure, post and result is whole kronor
 * (SFS 2001:937 2 kap. 1 § states the amounts in kronor per month), so the value is a {@code long};
 * anything that divides or applies a percentage goes through {@link #of(BigDecimal, Avrundning)}
 * and names its rounding.
 */
public record Kronor(long belopp) implements Comparable<Kronor> {

    public static final Kronor NOLL = new Kronor(0);

    public static Kronor of(long belopp) {
        return belopp == 0 ? NOLL : new Kronor(belopp);
    }

    /** The only way from an exact quotient or product back to kronor: the rounding is always named. */
    public static Kronor of(BigDecimal exakt, Avrundning avrundning) {
        return avrundning.avrunda(exakt);
    }

    public static Kronor sum(Collection<Kronor> belopp) {
        long summa = 0;
        for (Kronor kronor : belopp) {
            summa = Math.addExact(summa, kronor.belopp);
        }
        return of(summa);
    }

    public Kronor plus(Kronor annat) {
        return of(Math.addExact(belopp, annat.belopp));
    }

    public Kronor minus(Kronor annat) {
        return of(Math.subtractExact(belopp, annat.belopp));
    }

    public Kronor times(long faktor) {
        return of(Math.multiplyExact(belopp, faktor));
    }

    public boolean isNegative() {
        return belopp < 0;
    }

    public boolean isZero() {
        return belopp == 0;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(belopp);
    }

    @Override
    public int compareTo(Kronor annat) {
        return Long.compare(belopp, annat.belopp);
    }

    /** Swedish style, as in a bilaga: "2 026 kr", "−34 kr" (space between thousands, a real minus sign). */
    public String svenskText() {
        String siffror = Long.toString(belopp);
        int forsta = belopp < 0 ? 1 : 0;
        StringBuilder text = new StringBuilder(siffror.length() + 8);
        if (belopp < 0) {
            text.append('\u2212');
        }
        for (int i = forsta; i < siffror.length(); i++) {
            if (i > forsta && (siffror.length() - i) % 3 == 0) {
                text.append(' ');
            }
            text.append(siffror.charAt(i));
        }
        return text.append(" kr").toString();
    }

    /** As {@link #svenskText()}, with a plus sign on a positive difference: "+6 kr", "−34 kr". */
    public String svenskTextMedTecken() {
        return (belopp > 0 ? "+" : "") + svenskText();
    }

    @Override
    public String toString() {
        return belopp + " kr";
    }
}
