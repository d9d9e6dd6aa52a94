package se.riksnorm.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Kommunregister;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.regler.Manadsminne;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormKontroll;

/**
 * Every stored table at one moment: the national years, the kommuner and their fördelningar, each
 * with its findings worked out once. Immutable; a write produces a new Normbok.
 */
public final class Normbok {

    private final TreeMap<Integer, Riksnorm> riksnormer = new TreeMap<>();
    private final Map<String, Kommun> kommuner = new TreeMap<>();
    private final Kommunregister register;
    private final Map<String, TreeMap<Integer, Fordelning>> fordelningar = new TreeMap<>();
    private final Map<Integer, List<Avvikelse>> riksnormensAvvikelser = new LinkedHashMap<>();
    private final Map<String, List<Avvikelse>> fordelningensAvvikelser = new LinkedHashMap<>();
    /** Looked up once here rather than per request: the riksnormer in force each month. */
    private final Manadsminne<List<Riksnorm>> riksnormerPerManad = new Manadsminne<>(this::iKraft);

    public Normbok(Collection<Riksnorm> riksnormer, Collection<Kommun> kommuner, Collection<Fordelning> fordelningar) {
        for (Riksnorm riksnorm : riksnormer) {
            if (this.riksnormer.put(riksnorm.ar(), riksnorm) != null) {
                throw new IllegalArgumentException("riksnormen för " + riksnorm.ar() + " finns två gånger");
            }
            riksnormensAvvikelser.put(riksnorm.ar(), RiksnormKontroll.kontrollera(riksnorm));
        }
        kommuner.forEach(kommun -> this.kommuner.put(kommun.id(), kommun));
        for (Fordelning fordelning : fordelningar) {
            Riksnorm riksnorm = this.riksnormer.get(fordelning.ar());
            if (riksnorm == null) {
                throw new IllegalArgumentException(fordelning.kommun().namn() + " " + fordelning.ar()
                        + " kan inte kontrolleras: riksnormen för " + fordelning.ar() + " saknas");
            }
            this.kommuner.putIfAbsent(fordelning.kommun().id(), fordelning.kommun());
            this.fordelningar.computeIfAbsent(fordelning.kommun().id(), id -> new TreeMap<>()).put(fordelning.ar(), fordelning);
            fordelningensAvvikelser.put(nyckel(fordelning), FordelningKontroll.kontrollera(fordelning, riksnorm));
        }
        register = new Kommunregister(this.kommuner.values());
    }

    public static Normbok tom() {
        return new Normbok(List.of(), List.of(), List.of());
    }

    public List<Riksnorm> riksnormer() {
        return List.copyOf(riksnormer.values());
    }

    public Optional<Riksnorm> riksnorm(int ar) {
        return Optional.ofNullable(riksnormer.get(ar));
    }

    /** Every national table whose period covers the month: exactly one for a month the service can serve. */
    public List<Riksnorm> riksnormerFor(YearMonth manad) {
        return riksnormerPerManad.hamta(manad);
    }

    private List<Riksnorm> iKraft(YearMonth manad) {
        return riksnormer.values().stream()
                .filter(r -> !manad.isBefore(r.giltighet().fran()) && !manad.isAfter(r.giltighet().till())).toList();
    }

    public Optional<Riksnorm> riksnormFor(YearMonth manad) {
        List<Riksnorm> trafflista = riksnormerFor(manad);
        if (trafflista.size() > 1) {
            throw new IllegalStateException(manad + " omfattas av flera riksnormer: "
                    + trafflista.stream().map(Riksnorm::ar).toList());
        }
        return trafflista.isEmpty() ? Optional.empty() : Optional.of(trafflista.get(0));
    }

    /** The table's findings: worked out once for a stored table, on the spot for any other (a what-if, a file not yet stored). */
    public List<Avvikelse> avvikelser(Riksnorm riksnorm) {
        List<Avvikelse> avvikelser = riksnormer.get(riksnorm.ar()) == riksnorm ? riksnormensAvvikelser.get(riksnorm.ar()) : null;
        return avvikelser != null ? avvikelser : RiksnormKontroll.kontrollera(riksnorm);
    }

    /** Every kommun, in Swedish alphabetical order. */
    public List<Kommun> kommuner() {
        return register.alla();
    }

    /** A kommun by its id, its kommunkod or its name in any case and with or without å, ä, ö ({@link Kommunregister}). */
    public Optional<Kommun> kommun(String namnIdEllerKod) {
        return register.hitta(namnIdEllerKod);
    }

    public List<Fordelning> fordelningar(Kommun kommun) {
        TreeMap<Integer, Fordelning> perAr = fordelningar.get(kommun.id());
        return perAr == null ? List.of() : new ArrayList<>(perAr.values());
    }

    public Optional<Fordelning> fordelning(Kommun kommun, int ar) {
        TreeMap<Integer, Fordelning> perAr = fordelningar.get(kommun.id());
        return Optional.ofNullable(perAr == null ? null : perAr.get(ar));
    }

    public List<Avvikelse> avvikelser(Fordelning fordelning) {
        List<Avvikelse> avvikelser = fordelningensAvvikelser.get(nyckel(fordelning));
        if (avvikelser == null) {
            throw new IllegalArgumentException("fördelningen " + nyckel(fordelning) + " finns inte i normboken");
        }
        return avvikelser;
    }

    private static String nyckel(Fordelning fordelning) {
        return fordelning.kommun().id() + "/" + fordelning.ar();
    }
}
