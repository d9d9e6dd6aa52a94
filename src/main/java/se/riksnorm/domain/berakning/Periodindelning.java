package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel.Feltyp;

/**
 * A request over several months cut into one request per month (or part month), each calculated with that month's
 * norms and law. Every cost, income and reduction names its month; a member's days are given per month; a child's
 * earnings earlier in the year carry from month to month within a calendar year and start again at 0 in January.
 */
final class Periodindelning {

    private Periodindelning() {
    }

    /** Everything that keeps the request from being cut into months, each naming its field. */
    static List<Fel> kontrollera(Forfragan forfragan) {
        List<Fel> fel = new ArrayList<>();
        List<YearMonth> manader = forfragan.period().manader();
        boolean flera = manader.size() > 1;
        manader(forfragan.kostnader(), Kostnad::manad, "kostnader", "kostnaden", manader, fel);
        manader(forfragan.inkomster(), Inkomst::manad, "inkomster", "inkomsten", manader, fel);
        manader(forfragan.nedsattningar(), Nedsattning::manad, "nedsattningar", "nedsättningen", manader, fel);
        for (int i = 0; i < forfragan.medlemmar().size(); i++) {
            Medlem medlem = forfragan.medlemmar().get(i);
            if (medlem.dagarPerManad().isEmpty() && (!flera || medlem.dagar() == null) && medlem.roll() != Roll.UMGANGESBARN) {
                continue; // nothing below applies: the common case, checked without naming the field
            }
            String falt = "medlemmar[" + i + "]";
            if (medlem.dagar() != null && !medlem.dagarPerManad().isEmpty()) {
                fel.add(ogiltig(falt + ".dagarPerManad", "Ange dagar eller dagarPerManad, inte båda."));
            } else if (flera && medlem.dagar() != null) {
                fel.add(ogiltig(falt + ".dagar", "Perioden omfattar flera månader: ange dagarna för varje månad i dagarPerManad, "
                        + "t.ex. {\"" + manader.get(0) + "\": 10}."));
            }
            for (YearMonth manad : medlem.dagarPerManad().keySet()) {
                if (!manader.contains(manad)) {
                    fel.add(ogiltig(falt + ".dagarPerManad", "Månaden " + manad + " ligger utanför perioden " + forfragan.period() + "."));
                }
            }
            if (medlem.roll() == Roll.UMGANGESBARN && medlem.dagar() == null) {
                List<YearMonth> utan = manader.stream().filter(m -> !medlem.dagarPerManad().containsKey(m)).toList();
                if (!utan.isEmpty()) {
                    fel.add(ogiltig(flera ? falt + ".dagarPerManad" : falt + ".dagar", "Ange antal umgängesdagar för barnet"
                            + (flera ? " varje månad; de saknas för " + String.join(", ", utan.stream().map(YearMonth::toString).toList())
                            : "") + "."));
                }
            }
        }
        return fel;
    }

    /** One request per month of the period, in order; assumes {@link #kontrollera} found nothing. */
    static List<Forfragan> dela(Forfragan forfragan) {
        if (forfragan.period().arInomEnManad() && utanDagarPerManad(forfragan.medlemmar())) {
            return List.of(forfragan); // one month, every item of it (checked): the request is its own part
        }
        List<Period> delar = forfragan.period().delar();
        boolean flera = delar.size() > 1;
        Map<String, Kronor> tidigareIAr = new HashMap<>();
        forfragan.medlemmar().forEach(m -> tidigareIAr.put(m.id(), m.tidigareArbetsinkomst()));
        List<Forfragan> forfragningar = new ArrayList<>();
        int ar = delar.get(0).manad().getYear();
        for (Period del : delar) {
            YearMonth manad = del.manad();
            if (manad.getYear() != ar) {
                tidigareIAr.replaceAll((id, belopp) -> Kronor.NOLL);
                ar = manad.getYear();
            }
            List<Inkomst> inkomster = iManaden(forfragan.inkomster(), Inkomst::manad, manad);
            List<Medlem> medlemmar = new ArrayList<>();
            for (Medlem medlem : forfragan.medlemmar()) {
                Integer dagar = medlem.dagar() != null ? medlem.dagar() : medlem.dagarPerManad().get(manad);
                medlemmar.add(flera || !medlem.dagarPerManad().isEmpty()
                        ? medlem.iDelperiod(dagar, tidigareIAr.get(medlem.id())) : medlem);
            }
            forfragningar.add(new Forfragan(forfragan.kommun(), del, medlemmar, forfragan.ovrigaIHushallet(),
                    iManaden(forfragan.kostnader(), Kostnad::manad, manad), inkomster,
                    iManaden(forfragan.nedsattningar(), Nedsattning::manad, manad)));
            for (Inkomst inkomst : inkomster) {
                if (inkomst.medlem() != null && inkomst.typ().arForvarvsinkomst() && tidigareIAr.containsKey(inkomst.medlem())) {
                    tidigareIAr.merge(inkomst.medlem(), inkomst.belopp(), Kronor::plus);
                }
            }
        }
        return forfragningar;
    }

    private static boolean utanDagarPerManad(List<Medlem> medlemmar) {
        for (Medlem medlem : medlemmar) {
            if (!medlem.dagarPerManad().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The month an item of the request belongs to: its own, or the period's only month. */
    static <T> YearMonth manad(T post, Function<T, YearMonth> manad, Period period) {
        YearMonth egen = manad.apply(post);
        return egen != null ? egen : period.manader().get(0);
    }

    private static <T> List<T> iManaden(List<T> poster, Function<T, YearMonth> manad, YearMonth denna) {
        return poster.stream().filter(p -> manad.apply(p) == null || manad.apply(p).equals(denna)).toList();
    }

    private static <T> void manader(List<T> poster, Function<T, YearMonth> manad, String lista, String vad,
                                    List<YearMonth> manader, List<Fel> fel) {
        for (int i = 0; i < poster.size(); i++) {
            YearMonth egen = manad.apply(poster.get(i));
            if (egen == null && manader.size() > 1) {
                fel.add(ogiltig(lista + "[" + i + "].manad", "Perioden omfattar flera månader: ange vilken månad (ÅÅÅÅ-MM) " + vad
                        + " gäller."));
            } else if (egen != null && !manader.contains(egen)) {
                fel.add(ogiltig(lista + "[" + i + "].manad", "Månaden " + egen + " ligger utanför perioden " + manader.get(0)
                        + (manader.size() > 1 ? "–" + manader.get(manader.size() - 1) : "") + "."));
            }
        }
    }

    private static Fel ogiltig(String falt, String meddelande) {
        return new Fel(Feltyp.OGILTIG_UPPGIFT, falt, meddelande);
    }
}
