package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Manadsminne;
import se.riksnorm.domain.regler.Manadsregler;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Regelparametrar;

/**
 * Every set of rules the service knows, and the law by month they draw on ({@code norms/regler/}): which rule set
 * applies from which month, each rule's paragraph and every parameter.
 */
public final class Regelbok {

    private final Map<String, Regelverk> regelverk = new LinkedHashMap<>();
    private final Regelparametrar parametrar;
    /**
     * Each month's rule set and what the month lacks, worked out once: the rules of a Regelbok do not change, and every
     * calculation asks for each of its months.
     */
    private final Manadsminne<Optional<Regelverk>> regelverkPerManad = new Manadsminne<>(
            manad -> parametrar().regelverk().iKraft(manad).map(varde -> regelverk.get(varde.varde())));
    private final Manadsminne<List<String>> saknasPerManad = new Manadsminne<>(manad -> List.copyOf(saknasNu(manad)));

    /** @throws IllegalArgumentException where the law names a rule set the code does not have */
    public Regelbok(List<Regelverk> regelverk, Regelparametrar parametrar) {
        for (Regelverk regler : regelverk) {
            if (this.regelverk.put(regler.id(), regler) != null) {
                throw new IllegalArgumentException("två regelverk heter " + regler.id());
            }
        }
        for (Periodvarde<String> varde : parametrar.regelverk().varden()) {
            if (!this.regelverk.containsKey(varde.varde())) {
                throw new IllegalArgumentException("regelverket '" + varde.varde() + "' från " + varde.fran()
                        + " finns inte i tjänsten; de som finns är " + String.join(", ", this.regelverk.keySet()));
            }
        }
        this.parametrar = parametrar;
    }

    /** The rule sets of this service: försörjningsstöd from 2019, and the reformed försörjningsstöd from 2027. */
    public static Regelbok standard(Regelparametrar parametrar) {
        return new Regelbok(List.of(Forsorjningsstodsregler2019.INSTANS, Forsorjningsstodsregler2027.INSTANS), parametrar);
    }

    /** The rule set in force in the month: the latest that has started by then. */
    public Optional<Regelverk> forManad(YearMonth manad) {
        return regelverkPerManad.hamta(manad);
    }

    /** The law of the month. */
    public Manadsregler regler(YearMonth manad) {
        return parametrar.forManad(manad);
    }

    public Regelparametrar parametrar() {
        return parametrar;
    }

    /**
     * What the month lacks to be calculated, in words (empty when nothing): no rule set, a rule of the rule set
     * with no wording in force, or a parameter a rule needs.
     */
    public List<String> saknas(YearMonth manad) {
        return saknasPerManad.hamta(manad);
    }

    private List<String> saknasNu(YearMonth manad) {
        Optional<Regelverk> regler = forManad(manad);
        if (regler.isEmpty()) {
            return List.of("beräkningsregler (norms/regler/parametrar.yaml, regelverk)");
        }
        Manadsregler lag = regler(manad);
        List<String> saknas = new ArrayList<>();
        for (Lagrum lagrum : regler.get().lagrum()) {
            if (lag.lagrum(lagrum).isEmpty()) {
                saknas.add("lagrummet " + lagrum.nyckel() + " (norms/regler/lagrum.yaml)");
            }
        }
        if (regler.get().lagrum().contains(Lagrum.BARNS_ARBETSINKOMSTER) && lag.prisbasbelopp().isEmpty()) {
            saknas.add("prisbasbeloppet för " + manad.getYear() + " (norms/regler/parametrar.yaml)");
        }
        if (regler.get().lagrum().contains(Lagrum.JOBBSTIMULANS) && lag.jobbstimulans().isEmpty()) {
            saknas.add("jobbstimulansens procent (norms/regler/parametrar.yaml)");
        }
        if (regler.get().lagrum().contains(Lagrum.BEGRANSNINGSREGEL) && lag.begransningsregel().isEmpty()) {
            saknas.add("begränsningsregelns parametrar (norms/regler/parametrar.yaml)");
        }
        return saknas;
    }
}
