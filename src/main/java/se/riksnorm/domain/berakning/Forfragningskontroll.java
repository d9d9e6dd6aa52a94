package se.riksnorm.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.kommun.Aldersbyte;

/**
 * Everything that makes a request impossible to calculate, each reason naming its field: the one place a
 * försörjningsstöd request is refused once its norms are found. Run before any figure is computed: a refused request
 * never yields a partly wrong result. The household is checked month by month (an age, a column, the days);
 * costs, incomes and reductions once over the request ({@link Ekonomikontroll}).
 */
final class Forfragningskontroll {

    /** No household in the riksnorm's sense is this large; larger requests are mistakes or abuse. */
    static final int STORSTA_HUSHALL = 30;
    /** An amount a month above this is not a household's: a typing error (e.g. öre for kronor). */
    static final Kronor STORSTA_BELOPP = Kronor.of(10_000_000);
    private static final int HOGSTA_ALDER = 120;
    private static final int VUXEN_FRAN = 18;
    private static final int SKOLUNGDOM_FRAN = 19;
    private static final int SKOLUNGDOM_TILL = 20;
    private static final int FORSKOLA_TILL = 6;
    /** "medlemmar[0]" … for the largest household: made once, not for every person of every request. */
    private static final List<String> MEDLEMSFALT = IntStream.range(0, STORSTA_HUSHALL).mapToObj(i -> "medlemmar[" + i + "]").toList();

    private Forfragningskontroll() {
    }

    /**
     * Every reason the request cannot be calculated, given its parts (one per month) and each part's norms. A reason
     * found in several months is given once; over several months each names its month.
     */
    static List<Fel> kontrollera(Forfragan hela, List<Forfragan> delar, List<Normlage> lagen, Regelbok regelbok) {
        List<Fel> fel = new ArrayList<>();
        Set<String> sedda = delar.size() == 1 ? Set.of() : new HashSet<>();
        for (int i = 0; i < delar.size(); i++) {
            Forfragan del = delar.get(i);
            Normlage lage = lagen.get(i);
            List<Fel> manadens = hushallet(del, lage.kommun().berakning().aldersbyte());
            if (harUmgangesbarn(del) && lage.fordelningen().isEmpty()) {
                manadens.add(new Fel(Feltyp.NORM_SAKNAS, "medlemmar", lage.kommun().namn() + " har ingen umgängesnorm för "
                        + lage.riksnorm().ar() + " (ingen fördelning det året)."));
            }
            for (Fel f : manadens) {
                if (delar.size() == 1 || sedda.add(f.falt() + "|" + f.meddelande())) {
                    fel.add(delar.size() == 1 ? f : new Fel(f.typ(), f.falt(), del.period().manad() + ": " + f.meddelande()));
                }
            }
        }
        Map<YearMonth, Normlage> perManad = delar.size() == 1 ? Map.of(delar.get(0).period().manad(), lagen.get(0)) : new HashMap<>();
        for (int i = 0; delar.size() > 1 && i < delar.size(); i++) {
            perManad.put(delar.get(i).period().manad(), lagen.get(i));
        }
        fel.addAll(Ekonomikontroll.kontrollera(hela, perManad, regelbok));
        return fel;
    }

    private static boolean harUmgangesbarn(Forfragan forfragan) {
        return forfragan.medlemmar().stream().anyMatch(m -> m.roll() == Roll.UMGANGESBARN);
    }

    /** The household in one month: who is in it, in which role, at which age, for how many days. */
    static List<Fel> hushallet(Forfragan forfragan, Aldersbyte aldersbyte) {
        List<Fel> fel = new ArrayList<>();
        List<Medlem> medlemmar = forfragan.medlemmar();
        Period period = forfragan.period();
        if (medlemmar.isEmpty()) {
            fel.add(ogiltig("medlemmar", "Beräkningen behöver minst en person."));
            return fel;
        }
        if (medlemmar.size() + forfragan.ovrigaIHushallet() > STORSTA_HUSHALL) {
            fel.add(ogiltig("medlemmar", "Högst " + STORSTA_HUSHALL + " personer i ett hushåll, inte "
                    + (medlemmar.size() + forfragan.ovrigaIHushallet()) + "."));
            return fel;
        }
        if (forfragan.ovrigaIHushallet() < 0) {
            fel.add(ogiltig("ovrigaIHushallet", "Antalet övriga i hushållet kan inte vara negativt."));
        }
        int sokande = 0;
        int make = 0;
        int gemenskap = 0;
        int familj = 0;
        for (int i = 0; i < medlemmar.size(); i++) {
            Medlem medlem = medlemmar.get(i);
            String falt = i < MEDLEMSFALT.size() ? MEDLEMSFALT.get(i) : "medlemmar[" + i + "]";
            if (finnsFore(medlemmar, i)) {
                fel.add(ogiltig(falt + ".id", "Id '" + medlem.id() + "' används för två personer."));
            }
            switch (medlem.roll()) {
                case SOKANDE -> sokande++;
                case MAKE_MAKA_SAMBO -> make++;
                case VUXEN_I_HUSHALLSGEMENSKAP, HEMMAVARANDE_VUXET_BARN -> gemenskap++;
                default -> { }
            }
            if (medlem.roll().arFamilj()) {
                familj++;
            }
            kontrolleraPerson(medlem, falt, period, aldersbyte, fel);
        }
        if (sokande > 1) {
            fel.add(ogiltig("medlemmar", "En beräkning har en sökande, inte " + sokande + "."));
        }
        if (make > 1) {
            fel.add(ogiltig("medlemmar", "En sökande har högst en make, maka eller sambo."));
        }
        if (make == 1 && sokande == 0) {
            fel.add(ogiltig("medlemmar", "En make, maka eller sambo förutsätter en sökande."));
        }
        if (sokande + make + gemenskap == 0) {
            fel.add(ogiltig("medlemmar", "Hushållet har ingen vuxen: ange en sökande (eller en vuxen i hushållsgemenskap)."));
        }
        if (gemenskap > 0 && (gemenskap > 1 || familj > 0)) {
            fel.add(ogiltig("medlemmar", "En vuxen i hushållsgemenskap eller ett hemmavarande vuxet barn beräknas för sig: "
                    + "ange de andra i hemmet som ovrigaIHushallet."));
        }
        if (gemenskap > 0 && forfragan.ovrigaIHushallet() == 0) {
            fel.add(ogiltig("ovrigaIHushallet", "En vuxen i hushållsgemenskap delar hem med andra: ange hur många de är."));
        }
        return fel;
    }

    /** Whether a member before the {@code i}th has its id: a household is at most 30, a set per request cost more. */
    private static boolean finnsFore(List<Medlem> medlemmar, int i) {
        String id = medlemmar.get(i).id();
        for (int j = 0; j < i; j++) {
            if (medlemmar.get(j).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The checks of one person on their own: age for the role, birth date, days. */
    static void kontrolleraPerson(Medlem medlem, String falt, Period period, Aldersbyte aldersbyte, List<Fel> fel) {
        kontrolleraAlder(medlem, falt, period, aldersbyte, fel);
        kontrolleraDagar(medlem, falt, period, fel);
    }

    private static void kontrolleraAlder(Medlem medlem, String falt, Period period, Aldersbyte aldersbyte, List<Fel> fel) {
        LocalDate fodd = medlem.fodelsedatum();
        if (fodd == null && medlem.alder() == null) {
            fel.add(ogiltig(falt + ".fodelsedatum", "Ange födelsedatum, eller ålder när datumet inte är känt."));
            return;
        }
        if (fodd != null && fodd.isAfter(period.till())) {
            fel.add(ogiltig(falt + ".fodelsedatum", "Födelsedatumet " + fodd + " ligger efter perioden " + period + "."));
            return;
        }
        if (fodd == null && medlem.alder() < 0) {
            fel.add(ogiltig(falt + ".alder", "En ålder kan inte vara negativ."));
            return;
        }
        int alder = Kolumnval.alder(medlem, period.manad(), aldersbyte);
        String aldersuppgift = fodd != null ? ".fodelsedatum" : ".alder";
        if (alder > HOGSTA_ALDER) {
            fel.add(ogiltig(falt + aldersuppgift, "En ålder över " + HOGSTA_ALDER + " år är inte möjlig."));
            return;
        }
        Roll roll = medlem.roll();
        if (roll.arVuxen() && alder < VUXEN_FRAN) {
            fel.add(ogiltig(falt + aldersuppgift, "Som " + roll.benamning() + " räknas en vuxen, minst " + VUXEN_FRAN + " år; personen är "
                    + alder + " år."));
        }
        if ((roll == Roll.BARN || roll == Roll.UMGANGESBARN) && alder > SKOLUNGDOM_TILL) {
            fel.add(ogiltig(falt + aldersuppgift, "Ett barn är högst " + SKOLUNGDOM_TILL + " år; personen är " + alder
                    + " år. Räkna hen som hemmavarande vuxet barn."));
        }
        if (roll == Roll.BARN && alder >= SKOLUNGDOM_FRAN) {
            fel.add(ogiltig(falt + ".roll", "Ett barn på " + alder + " år räknas som hemmavarande skolungdom (19–20 år) "
                    + "om hen går i skolan, annars som hemmavarande vuxet barn."));
        }
        if (roll == Roll.HEMMAVARANDE_SKOLUNGDOM && (alder < SKOLUNGDOM_FRAN || alder > SKOLUNGDOM_TILL)) {
            fel.add(ogiltig(falt + aldersuppgift, "Hemmavarande skolungdom är 19–20 år; personen är " + alder + " år."));
        }
        if (medlem.lunchIForskolan() && alder > FORSKOLA_TILL) {
            fel.add(ogiltig(falt + ".lunchIForskolan", "Lunch i förskolan gäller barn 0–6 år; barnet är " + alder + " år."));
        }
    }

    private static void kontrolleraDagar(Medlem medlem, String falt, Period period, List<Fel> fel) {
        Integer dagar = medlem.dagar();
        if (medlem.roll() == Roll.UMGANGESBARN && dagar == null) {
            fel.add(ogiltig(falt + ".dagar", "Ange antal umgängesdagar för barnet."));
        } else if (dagar != null && (dagar < (medlem.roll() == Roll.UMGANGESBARN ? 0 : 1) || dagar > period.dagar())) {
            fel.add(ogiltig(falt + ".dagar", "Dagarna ska vara " + (medlem.roll() == Roll.UMGANGESBARN ? 0 : 1) + "–"
                    + period.dagar() + " (periodens dagar), inte " + dagar + "."));
        }
    }

    private static Fel ogiltig(String falt, String meddelande) {
        return new Fel(Feltyp.OGILTIG_UPPGIFT, falt, meddelande);
    }
}
