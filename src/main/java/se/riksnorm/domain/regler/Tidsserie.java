package se.riksnorm.domain.regler;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rule's or parameter's values over time, like an OpenFisca parameter: each value from its month until the
 * next one starts (or its own end). At most one value is in force in any month; the constructor refuses overlaps.
 */
public final class Tidsserie<T> {

    private final List<Periodvarde<T>> varden;

    public Tidsserie(List<Periodvarde<T>> varden) {
        List<Periodvarde<T>> sorterade = new ArrayList<>(varden);
        sorterade.sort(Comparator.comparing(Periodvarde::fran));
        for (int i = 0; i < sorterade.size(); i++) {
            Periodvarde<T> varde = sorterade.get(i);
            if (i + 1 < sorterade.size()) {
                Periodvarde<T> nasta = sorterade.get(i + 1);
                if (!nasta.fran().isAfter(varde.fran())) {
                    throw new IllegalArgumentException("två värden börjar " + varde.fran());
                }
                if (varde.till() != null && !varde.till().isBefore(nasta.fran())) {
                    throw new IllegalArgumentException("värdet från " + varde.fran() + " slutar " + varde.till()
                            + ", efter att nästa börjat " + nasta.fran());
                }
                if (varde.till() == null) {
                    sorterade.set(i, new Periodvarde<>(varde.fran(), nasta.fran().minusMonths(1), varde.varde(),
                            varde.kalla(), varde.status()));
                }
            }
        }
        this.varden = List.copyOf(sorterade);
    }

    public static <T> Tidsserie<T> tom() {
        return new Tidsserie<>(List.of());
    }

    /** The value in force in the month, if any. */
    public Optional<Periodvarde<T>> iKraft(YearMonth manad) {
        for (int i = varden.size() - 1; i >= 0; i--) {
            Periodvarde<T> varde = varden.get(i);
            if (!manad.isBefore(varde.fran())) {
                return varde.galler(manad) ? Optional.of(varde) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every value, in order, each with its last month where a later one follows. */
    public List<Periodvarde<T>> varden() {
        return varden;
    }
}
