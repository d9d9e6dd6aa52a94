package se.riksnorm.domain.tabell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A table laid flat: its properties (year, status, decision …) and its cells, in reading order.
 * This is the form tables are stored in and compared by, so "what changed" is always answered
 * in the norms files' own keys.
 */
public record Celltabell(Map<String, String> egenskaper, Map<Cell, Cellvarde> celler) {

    public Celltabell {
        egenskaper = Collections.unmodifiableMap(new LinkedHashMap<>(egenskaper));
        celler = Collections.unmodifiableMap(new LinkedHashMap<>(celler));
    }

    /** Every property and cell whose value differs from {@code senare}, in reading order. */
    public List<Skillnad> skillnaderMot(Celltabell senare) {
        List<Skillnad> skillnader = new ArrayList<>();
        for (String nyckel : union(egenskaper.keySet(), senare.egenskaper.keySet())) {
            jamfor(nyckel, egenskaper.get(nyckel), senare.egenskaper.get(nyckel), skillnader);
        }
        for (Cell cell : union(celler.keySet(), senare.celler.keySet())) {
            jamfor(cell.sokvag(), celler.get(cell), senare.celler.get(cell), skillnader);
        }
        return skillnader;
    }

    private static <T> Set<T> union(Set<T> forsta, Set<T> andra) {
        Set<T> alla = new LinkedHashSet<>(forsta);
        alla.addAll(andra);
        return alla;
    }

    private static void jamfor(String var, Object fore, Object efter, List<Skillnad> skillnader) {
        if (!Objects.equals(fore, efter)) {
            skillnader.add(new Skillnad(var, text(fore), text(efter)));
        }
    }

    private static String text(Object varde) {
        return varde == null ? Skillnad.SAKNAS : varde.toString();
    }
}
