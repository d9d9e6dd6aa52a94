package se.riksnorm.export;

import java.math.BigDecimal;
import java.util.Objects;
import se.riksnorm.domain.belopp.Svenskt;

/** A change in percent, as computed (one decimal), written with its sign: "+8,6 %", "−1,5 %". */
public record Procentvarde(BigDecimal procent) implements Dokumentvarde {

    public Procentvarde {
        Objects.requireNonNull(procent, "procent");
    }

    @Override
    public String text() {
        return (procent.signum() > 0 ? "+" : "") + Svenskt.procent(procent);
    }

    @Override
    public String data() {
        return procent.toPlainString();
    }
}
