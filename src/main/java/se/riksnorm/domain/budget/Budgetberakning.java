package se.riksnorm.domain.budget;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Redovisning;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.berakning.Utfall;

/**
 * A caseload's household under two norm versions (docs/adr/0120): the same people, ages, costs and incomes, calculated
 * with the rules and the calculation of a single household ({@link Forsorjningsstodsberakning}) over the same
 * months of each version's year. Nothing is kept between households; calls may run at the same time.
 */
public final class Budgetberakning {

    private final String kommun;
    private final Manadsurval manader;
    private final Sida fore;
    private final Sida efter;

    public Budgetberakning(Regelbok regelbok, String kommun, Versionsnormer fore, Versionsnormer efter, Manadsurval manader) {
        this.kommun = kommun;
        this.manader = manader;
        this.fore = new Sida(fore, new Forsorjningsstodsberakning(regelbok), manader);
        this.efter = new Sida(efter, new Forsorjningsstodsberakning(regelbok), manader);
    }

    public Manadsurval manader() {
        return manader;
    }

    public Versionsnormer fore() {
        return fore.normer;
    }

    public Versionsnormer efter() {
        return efter.normer;
    }

    /**
     * Whether each version's months can be calculated at all (a riksnorm, rules and law for every month), tried with
     * one adult alone: the refusals of the version that cannot, each naming its month; empty when both can.
     */
    public List<Fel> kontrollera() {
        Budgethushall prov = new Budgethushall("prov", 0, List.of(new Medlem("sökande", null, 30, Roll.SOKANDE, null, false)),
                0, List.of(), List.of());
        List<Fel> fel = new ArrayList<>();
        for (Sida sida : List.of(fore, efter)) {
            sida.berakna(kommun, prov).fold(r -> null, avvisat -> fel.addAll(avvisat.stream()
                    .filter(f -> f.typ() != Fel.Feltyp.OGILTIG_UPPGIFT)
                    .map(f -> new Fel(f.typ(), f.falt(), sida.normer.benamning() + ": " + f.meddelande())).toList()));
        }
        return fel;
    }

    /** The household under both versions, or why it cannot be calculated under one or both (each reason named by version). */
    public Utfall<Hushallsskillnad> berakna(Budgethushall hushall) {
        Utfall<Periodresultat> f = fore.berakna(kommun, hushall);
        Utfall<Periodresultat> e = efter.berakna(kommun, hushall);
        if (f instanceof Utfall.Beraknat<Periodresultat> forst && e instanceof Utfall.Beraknat<Periodresultat> sedan) {
            Summering a = forst.resultat().summering();
            Summering b = sedan.resultat().summering();
            return new Utfall.Beraknat<>(new Hushallsskillnad(hushall.id(), hushall.rad(), hushall.typ(), antalPersoner(hushall),
                    a.forsorjningsstod(), b.forsorjningsstod(), a.riksnorm(), b.riksnorm()));
        }
        List<Fel> fel = new ArrayList<>();
        f.fold(r -> null, avvisat -> fel.addAll(avvisat));
        e.fold(r -> null, avvisat -> fel.addAll(avvisat.stream()
                .filter(nytt -> fel.stream().noneMatch(gammalt -> gammalt.meddelande().equals(nytt.meddelande())))
                .map(nytt -> new Fel(nytt.typ(), nytt.falt(), efter.normer.benamning() + ": " + nytt.meddelande())).toList()));
        return new Utfall.Avvisat<>(fel);
    }

    private static int antalPersoner(Budgethushall hushall) {
        int antal = 0;
        for (Medlem medlem : hushall.medlemmar()) {
            if (medlem.roll() != Roll.UMGANGESBARN) {
                antal++;
            }
        }
        return antal;
    }

    /** One version: its tables, its own calculation (each keeps the rules prepared for its Normbok) and its period. */
    private static final class Sida {

        private final Versionsnormer normer;
        private final Forsorjningsstodsberakning berakning;
        private final Period period;
        private final List<YearMonth> manader;

        Sida(Versionsnormer normer, Forsorjningsstodsberakning berakning, Manadsurval urval) {
            this.normer = normer;
            this.berakning = berakning;
            this.period = urval.period(normer.version().ar());
            this.manader = period.manader();
        }

        Utfall<Periodresultat> berakna(String kommun, Budgethushall hushall) {
            return berakning.beraknaPeriod(new Forfragan(kommun, period, hushall.medlemmar(), hushall.ovrigaIHushallet(),
                    kostnader(hushall.kostnader()), inkomster(hushall.inkomster()), List.of()), normer.normbok(),
                    Redovisning.SUMMERING); // the budget adds up totals: no line is shown
        }

        /** Each month's costs: a period of one month takes them as they are, a longer one once per month. */
        private List<Kostnad> kostnader(List<Kostnad> kostnader) {
            if (manader.size() == 1 || kostnader.isEmpty()) {
                return kostnader;
            }
            List<Kostnad> perManad = new ArrayList<>(kostnader.size() * manader.size());
            for (YearMonth manad : manader) {
                for (Kostnad k : kostnader) {
                    perManad.add(new Kostnad(k.typ(), k.belopp(), k.beskrivning(), manad));
                }
            }
            return perManad;
        }

        private List<Inkomst> inkomster(List<Inkomst> inkomster) {
            if (manader.size() == 1 || inkomster.isEmpty()) {
                return inkomster;
            }
            List<Inkomst> perManad = new ArrayList<>(inkomster.size() * manader.size());
            for (YearMonth manad : manader) {
                for (Inkomst i : inkomster) {
                    perManad.add(new Inkomst(i.typ(), i.belopp(), i.medlem(), i.jobbstimulans(), i.beskrivning(), manad));
                }
            }
            return perManad;
        }
    }
}
