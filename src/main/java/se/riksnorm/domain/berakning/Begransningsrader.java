package se.riksnorm.domain.berakning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.regler.Barnordning;
import se.riksnorm.domain.regler.Begransningsregel;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;

/**
 * The begränsningsregel's lines (from 2027): the household's children in the rule's order, and from child number
 * {@code franBarn} each child's personliga kostnader reduced by the percentage for the household type, of which the
 * month applies the phase-in share (docs/adr/0093).
 */
final class Begransningsrader {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    private static final BigDecimal TIOTUSEN = BigDecimal.valueOf(10_000);

    private Begransningsrader() {
    }

    /**
     * @param barn the household's children, in the order of the request
     * @param personliga each child's personliga kostnader line, by id
     * @param dag the day ages are counted on (the last of the period)
     */
    static List<Rad> rader(List<Medlem> barn, Map<String, Rad> personliga, boolean sammanboende, LocalDate dag,
                           Periodvarde<Begransningsregel> parametrar, Periodvarde<Lagrumstext> lagrum) {
        Begransningsregel regel = parametrar.varde();
        if (barn.size() < regel.franBarn()) {
            return List.of();
        }
        List<Medlem> iOrdning = new ArrayList<>(barn);
        Comparator<Medlem> aldstForst = Comparator.comparing((Medlem m) -> alderIDagar(m, dag)).reversed();
        iOrdning.sort(regel.ordning() == Barnordning.ALDST_FORST ? aldstForst : aldstForst.reversed());
        BigDecimal procent = regel.procent(sammanboende);
        Grund parametrarnasGrund = new Grund(Grundtyp.FORFATTNING, "Begränsningsregelns parametrar från " + parametrar.fran() + ": "
                + parametrar.kalla().titel(), parametrar.kalla().tillforlitlighet().name());
        List<Rad> rader = new ArrayList<>();
        for (int i = regel.franBarn() - 1; i < iOrdning.size(); i++) {
            Rad personlig = personliga.get(iOrdning.get(i).id());
            Kronor nedsatt = regel.avrundning().avrundaKvot(
                    personlig.kronor().toBigDecimal().multiply(procent).multiply(regel.infasningProcent()), TIOTUSEN);
            String infasning = regel.infasningProcent().compareTo(HUNDRA) == 0 ? ""
                    : " × infasning " + Beloppstext.procent(regel.infasningProcent());
            String vilket = "barn " + (i + 1) + " av " + iOrdning.size();
            rader.add(new Rad(Radtyp.BEGRANSNING, iOrdning.get(i).id(), personlig.kolumn(), Radtyp.BEGRANSNING.benamning() + ", " + vilket,
                    nedsatt, Regeltext.av("Barn " + (i + 1) + " av " + iOrdning.size() + " (" + regel.ordning().benamning() + "), "
                            + (sammanboende ? "sammanboende föräldrar" : "ensamstående förälder") + ": " + Beloppstext.procent(procent) + " av ",
                            personlig.kronor(), infasning, " = ", nedsatt, " (" + regel.avrundning().text() + ")"),
                    List.of(Grunder.lagrum(lagrum), parametrarnasGrund), List.of()));
        }
        return rader;
    }

    /** Age in days where the birth date is known, otherwise whole years as days: for putting children in order. */
    private static long alderIDagar(Medlem medlem, LocalDate dag) {
        return medlem.fodelsedatum() != null ? ChronoUnit.DAYS.between(medlem.fodelsedatum(), dag) : medlem.alder() * 366L;
    }
}
