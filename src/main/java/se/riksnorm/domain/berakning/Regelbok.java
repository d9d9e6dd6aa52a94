package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Every set of rules the service knows, each for its months; exactly one may cover a month. */
public final class Regelbok {

    private final List<Regelverk> regelverk;

    public Regelbok(List<Regelverk> regelverk) {
        this.regelverk = List.copyOf(regelverk);
        for (int i = 0; i < this.regelverk.size(); i++) {
            for (int j = i + 1; j < this.regelverk.size(); j++) {
                if (this.regelverk.get(i).giltighet().overlapparMed(this.regelverk.get(j).giltighet())) {
                    throw new IllegalArgumentException(this.regelverk.get(i).namn() + " och " + this.regelverk.get(j).namn()
                            + " gäller samma månader");
                }
            }
        }
    }

    /** The rules in force in this service: SoF 2 kap. 1 § as worded 2019–2026. */
    public static Regelbok standard() {
        return new Regelbok(List.of(RiksnormsreglerSoF2019.INSTANS));
    }

    public Optional<Regelverk> forManad(YearMonth manad) {
        for (Regelverk regler : regelverk) {
            if (regler.giltighet().omfattar(manad)) {
                return Optional.of(regler);
            }
        }
        return Optional.empty();
    }
}
