package se.riksnorm.domain.regler;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.riksnorm.domain.kalla.Normbelopp;

/**
 * The law of one month: each rule's wording in force, the prisbasbelopp of its calendar year and the parameters
 * in force. Months with the same rules share one instance ({@link Regelparametrar#forManad}), so it can key a
 * cache by identity.
 */
public final class Manadsregler {

    private final Map<Lagrum, Periodvarde<Lagrumstext>> lagrum;
    /** The same by {@link Lagrum#ordinal()}: every calculation asks for a few rules, a slot each. */
    private final Periodvarde<?>[] perLagrum = new Periodvarde<?>[Lagrum.values().length];
    private final int ar;
    private final Normbelopp prisbasbelopp;
    private final Periodvarde<Jobbstimulansregel> jobbstimulans;
    private final Periodvarde<Begransningsregel> begransningsregel;
    private final Periodvarde<Riksnormsgrund> riksnormensGrund;

    Manadsregler(Map<Lagrum, Periodvarde<Lagrumstext>> lagrum, int ar, Normbelopp prisbasbelopp,
                 Periodvarde<Jobbstimulansregel> jobbstimulans, Periodvarde<Begransningsregel> begransningsregel,
                 Periodvarde<Riksnormsgrund> riksnormensGrund) {
        this.lagrum = lagrum.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(lagrum));
        this.lagrum.forEach((regel, lydelse) -> perLagrum[regel.ordinal()] = lydelse);
        this.ar = ar;
        this.prisbasbelopp = prisbasbelopp;
        this.jobbstimulans = jobbstimulans;
        this.begransningsregel = begransningsregel;
        this.riksnormensGrund = riksnormensGrund;
    }

    /** The rule's wording in force this month, if the rule is in force at all. */
    @SuppressWarnings("unchecked") // each slot holds the wording of its rule, put there from the map above
    public Optional<Periodvarde<Lagrumstext>> lagrum(Lagrum regel) {
        return Optional.ofNullable((Periodvarde<Lagrumstext>) perLagrum[regel.ordinal()]);
    }

    /** Every rule in force this month. */
    public Map<Lagrum, Periodvarde<Lagrumstext>> allaLagrum() {
        return lagrum;
    }

    /** The calendar year the prisbasbelopp is for. */
    public int ar() {
        return ar;
    }

    public Optional<Normbelopp> prisbasbelopp() {
        return Optional.ofNullable(prisbasbelopp);
    }

    public Optional<Periodvarde<Jobbstimulansregel>> jobbstimulans() {
        return Optional.ofNullable(jobbstimulans);
    }

    public Optional<Periodvarde<Begransningsregel>> begransningsregel() {
        return Optional.ofNullable(begransningsregel);
    }

    public Optional<Periodvarde<Riksnormsgrund>> riksnormensGrund() {
        return Optional.ofNullable(riksnormensGrund);
    }

    /** The content, for finding months with the same rules. */
    Innehall innehall() {
        return new Innehall(lagrum, ar, prisbasbelopp, jobbstimulans, begransningsregel, riksnormensGrund);
    }

    record Innehall(Map<Lagrum, Periodvarde<Lagrumstext>> lagrum, int ar, Normbelopp prisbasbelopp,
                    Periodvarde<Jobbstimulansregel> jobbstimulans, Periodvarde<Begransningsregel> begransningsregel,
                    Periodvarde<Riksnormsgrund> riksnormensGrund) {
    }
}
