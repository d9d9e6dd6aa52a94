package se.riksnorm.domain.regler;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import se.riksnorm.domain.kalla.Normbelopp;

/**
 * The law as data ({@code norms/regler/}): every rule's wording by month, the prisbasbelopp by year and the
 * rules' parameters by month, each value with its source and status. The code names a rule; this says which
 * paragraph and which figure apply in a month.
 */
public final class Regelparametrar {

    private final Tidsserie<String> regelverk;
    private final Map<Lagrum, Tidsserie<Lagrumstext>> lagrum;
    private final SortedMap<Integer, Normbelopp> prisbasbelopp;
    private final Tidsserie<Jobbstimulansregel> jobbstimulans;
    private final Tidsserie<Begransningsregel> begransningsregel;
    private final Tidsserie<Riksnormsgrund> riksnormensGrund;
    private final Manadsminne<Manadsregler> perManad = new Manadsminne<>(this::lagenFor);
    private final Map<Manadsregler.Innehall, Manadsregler> lika = new ConcurrentHashMap<>();

    /**
     * @param regelverk the id of the rule set (code) in force from each month
     */
    public Regelparametrar(Tidsserie<String> regelverk, Map<Lagrum, Tidsserie<Lagrumstext>> lagrum, Map<Integer, Normbelopp> prisbasbelopp,
                           Tidsserie<Jobbstimulansregel> jobbstimulans, Tidsserie<Begransningsregel> begransningsregel,
                           Tidsserie<Riksnormsgrund> riksnormensGrund) {
        this.regelverk = Objects.requireNonNull(regelverk, "regelverk");
        this.lagrum = lagrum.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(lagrum));
        this.prisbasbelopp = Collections.unmodifiableSortedMap(new TreeMap<>(prisbasbelopp));
        this.jobbstimulans = Objects.requireNonNull(jobbstimulans, "jobbstimulans");
        this.begransningsregel = Objects.requireNonNull(begransningsregel, "begransningsregel");
        this.riksnormensGrund = Objects.requireNonNull(riksnormensGrund, "riksnormensGrund");
    }

    /** No rules at all: every month is refused for want of them. */
    public static Regelparametrar tom() {
        return new Regelparametrar(Tidsserie.tom(), Map.of(), Map.of(), Tidsserie.tom(), Tidsserie.tom(), Tidsserie.tom());
    }

    /** The law of the month. */
    public Manadsregler forManad(YearMonth manad) {
        return perManad.hamta(manad);
    }

    private Manadsregler lagenFor(YearMonth manad) {
        Map<Lagrum, Periodvarde<Lagrumstext>> iKraft = new EnumMap<>(Lagrum.class);
        lagrum.forEach((regel, serie) -> serie.iKraft(manad).ifPresent(v -> iKraft.put(regel, v)));
        Manadsregler ny = new Manadsregler(iKraft, manad.getYear(), prisbasbelopp.get(manad.getYear()),
                jobbstimulans.iKraft(manad).orElse(null), begransningsregel.iKraft(manad).orElse(null),
                riksnormensGrund.iKraft(manad).orElse(null));
        // months with the same law share one, so the rules prepared for it are shared too; a month outside the kept years
        // is not shared (any year may be asked for, and this map would grow with them)
        return Manadsminne.halls(manad) ? lika.computeIfAbsent(ny.innehall(), innehall -> ny) : ny;
    }

    /** Which rule set applies from which month: each until the next starts. */
    public Tidsserie<String> regelverk() {
        return regelverk;
    }

    public Map<Lagrum, Tidsserie<Lagrumstext>> lagrum() {
        return lagrum;
    }

    public SortedMap<Integer, Normbelopp> prisbasbelopp() {
        return prisbasbelopp;
    }

    public Tidsserie<Jobbstimulansregel> jobbstimulans() {
        return jobbstimulans;
    }

    public Tidsserie<Begransningsregel> begransningsregel() {
        return begransningsregel;
    }

    public Tidsserie<Riksnormsgrund> riksnormensGrund() {
        return riksnormensGrund;
    }
}
