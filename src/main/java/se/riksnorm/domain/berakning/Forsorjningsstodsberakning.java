package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.regler.Manadsregler;

/**
 * Calculates försörjningsstöd for a household and a period: the entry point of the rules, plain Java, usable as a
 * library without the service (see EmbeddedLibraryTest). A period over several months is calculated month by month,
 * each month with its own norms and law; a month without them refuses the whole request, naming the month.
 */
public final class Forsorjningsstodsberakning {

    private final Regelbok regelbok;
    /** The rules prepared for the norms of the latest Normbok; a new Normbok starts afresh. */
    private volatile Forberedda forberedda = new Forberedda(Normbok.tom());

    public Forsorjningsstodsberakning(Regelbok regelbok) {
        this.regelbok = regelbok;
    }

    public Regelbok regelbok() {
        return regelbok;
    }

    /** The period: one result per month (or part month) and the totals; or every reason it cannot be calculated. */
    public Utfall<Periodresultat> beraknaPeriod(Forfragan forfragan, Normbok normbok) {
        return beraknaPeriod(forfragan, normbok, Redovisning.MED_RADER);
    }

    /**
     * The period with its lines, or its totals and notes alone ({@link Redovisning#SUMMERING}): the same totals either way.
     * Step by step rather than a chain of {@code flatMap}s: every household of a batch passes here, and a chain of lambdas
     * ran at the speed of what the compiler had inlined for the requests before it (docs/adr/0130).
     */
    public Utfall<Periodresultat> beraknaPeriod(Forfragan forfragan, Normbok normbok, Redovisning redovisning) {
        Utfall<Kommun> kommun = Normuppslag.kommun(forfragan.kommun(), normbok);
        if (!(kommun instanceof Utfall.Beraknat<Kommun> funnen)) {
            return Utfall.avvisat(kommun);
        }
        Utfall<List<Normlage>> normer = normerVarjeManad(funnen.resultat(), forfragan.period(), normbok);
        if (!(normer instanceof Utfall.Beraknat<List<Normlage>> lagen)) {
            return Utfall.avvisat(normer);
        }
        List<Fel> fel = Periodindelning.kontrollera(forfragan);
        if (!fel.isEmpty()) {
            return new Utfall.Avvisat<>(fel);
        }
        List<Forfragan> delar = Periodindelning.dela(forfragan);
        fel = Forfragningskontroll.kontrollera(forfragan, delar, lagen.resultat(), regelbok);
        if (!fel.isEmpty()) {
            return new Utfall.Avvisat<>(fel);
        }
        return Utfall.beraknat(berakna(forfragan.period(), delar, lagen.resultat(), normbok, redovisning));
    }

    /** A period within one month, answered as that month's result (a longer period is refused: use {@link #beraknaPeriod}). */
    public Utfall<Berakningsresultat> berakna(Forfragan forfragan, Normbok normbok) {
        if (!forfragan.period().arInomEnManad()) {
            return new Utfall.Avvisat<>(List.of(new Fel(Feltyp.OGILTIG_UPPGIFT, "period", "Perioden " + forfragan.period()
                    + " omfattar flera månader: beräkna den med beraknaPeriod.")));
        }
        return beraknaPeriod(forfragan, normbok).map(period -> period.delar().get(0));
    }

    private Utfall<List<Normlage>> normerVarjeManad(Kommun kommun, Period period, Normbok normbok) {
        List<YearMonth> manader = period.manader();
        List<Normlage> lagen = new ArrayList<>(manader.size());
        List<Fel> fel = new ArrayList<>(0);
        for (YearMonth manad : manader) {
            Utfall<Normlage> lage = Normuppslag.hitta(kommun, manad, normbok, regelbok, false);
            if (lage instanceof Utfall.Beraknat<Normlage> funnet) {
                lagen.add(funnet.resultat());
            } else if (lage instanceof Utfall.Avvisat<Normlage> saknas) {
                fel.addAll(saknas.fel());
            }
        }
        return Utfall.om(fel, lagen);
    }

    private Periodresultat berakna(Period period, List<Forfragan> delar, List<Normlage> lagen, Normbok normbok,
                                   Redovisning redovisning) {
        Forberedda prepared = forberedda(normbok);
        List<Berakningsresultat> resultat = new ArrayList<>(delar.size());
        for (int i = 0; i < delar.size(); i++) {
            resultat.add(prepared.tillampning(lagen.get(i)).berakna(delar.get(i), redovisning));
        }
        return Periodresultat.av(period, resultat);
    }

    private Forberedda forberedda(Normbok normbok) {
        Forberedda senaste = forberedda;
        if (senaste.normbok != normbok) {
            senaste = new Forberedda(normbok);
            forberedda = senaste;
        }
        return senaste;
    }

    /**
     * The rules prepared for each kommun, riksnorm year and law of the month of one Normbok ({@link Regelverk#forbered}),
     * made on first use: months with the same law share one ({@link Manadsregler} is shared between them), so a year
     * has one or two, however many households are calculated.
     */
    private static final class Forberedda {

        private final Normbok normbok;
        private final Map<Nyckel, Regelverk.Tillampning> tillampningar = new ConcurrentHashMap<>();

        Forberedda(Normbok normbok) {
            this.normbok = normbok;
        }

        Regelverk.Tillampning tillampning(Normlage lage) {
            Nyckel nyckel = new Nyckel(lage.kommun().id(), lage.riksnorm().ar(), lage.regelverk(), lage.regler());
            Regelverk.Tillampning beredd = tillampningar.get(nyckel); // computeIfAbsent may lock its bin even when present
            return beredd != null ? beredd : tillampningar.computeIfAbsent(nyckel, n -> lage.regelverk().forbered(lage));
        }

        private record Nyckel(String kommun, int riksnormAr, Regelverk regelverk, Manadsregler regler) {
        }
    }
}
