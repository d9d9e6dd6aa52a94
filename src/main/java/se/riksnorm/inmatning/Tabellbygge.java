package se.riksnorm.inmatning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.domain.upprakning.Cellbenamning;

/**
 * Checks every cell of a found table and gives its amounts: each cell of a fördelning present, a whole number of kronor,
 * not negative, below {@value #STORSTA_BELOPP}; no value where a column has no such post (the adults' försäkring and
 * umgängesnorm); nothing the fördelning does not have. Every problem is listed with its place, at most
 * {@value #STORSTA_ANTAL_FEL} of them.
 */
final class Tabellbygge {

    /** Far above any monthly amount of a fördelning: a larger figure is a slip, not a norm. */
    static final long STORSTA_BELOPP = 1_000_000;
    static final int STORSTA_ANTAL_FEL = 50;

    private Tabellbygge() {
    }

    static Map<Cell, Kronor> belopp(Inlast inlast) {
        List<Tabellfel> fel = new ArrayList<>(inlast.fel());
        Map<Cell, Kronor> belopp = new LinkedHashMap<>();
        Set<Cell> vantade = vantade(inlast.celler().keySet(), fel);
        Map<String, List<Cell>> saknadePerRad = new LinkedHashMap<>();
        for (Cell cell : vantade) {
            Ruta ruta = inlast.celler().get(cell);
            if (ruta == null) {
                saknadePerRad.computeIfAbsent(cell.tabell().nyckel() + "." + cell.rad(), r -> new ArrayList<>()).add(cell);
                continue;
            }
            Kronor kronor = kronor(cell, ruta, fel);
            if (kronor != null) {
                belopp.put(cell, kronor);
            }
        }
        saknadePerRad.values().forEach(saknade -> saknas(saknade, vantade, fel));
        inlast.celler().forEach((cell, ruta) -> {
            if (!vantade.contains(cell) && !ruta.tom()) {
                fel.add(new Tabellfel(ruta.plats(), namn(cell) + ": " + (galler(cell) ? "" : "kolumnen har ingen sådan post; ")
                        + "här ska inget värde stå ('" + ruta.text() + "')"));
            }
        });
        if (!fel.isEmpty()) {
            List<Tabellfel> visade = fel.size() > STORSTA_ANTAL_FEL ? fel.subList(0, STORSTA_ANTAL_FEL) : fel;
            throw new InmatningAvvisad(InmatningAvvisad.Orsak.OGILTIG_TABELL, "Tabellen har " + fel.size() + " fel"
                    + (fel.size() > visade.size() ? " (de första " + visade.size() + " visas)" : "") + "; inget sparades. "
                    + visade.get(0).text() + (fel.size() > 1 ? " …" : "."), visade);
        }
        return belopp;
    }

    /** Every cell a fördelning has, with as many household sizes as the file gives (at least one). */
    private static Set<Cell> vantade(Set<Cell> funna, List<Tabellfel> fel) {
        int storlekar = funna.stream().filter(c -> c.tabell() == Normtabell.GEMENSAMMA_KOSTNADER && c.kolumn().matches("[0-9]{1,2}"))
                .mapToInt(c -> Integer.parseInt(c.kolumn())).max().orElse(0);
        if (storlekar == 0) {
            fel.add(new Tabellfel(null, "Gemensamma hushållskostnader saknas: en tabell med kolumnerna 1 person, 2 personer …"));
        }
        Set<Cell> vantade = new LinkedHashSet<>();
        for (Behovspost post : Behovspost.values()) {
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                if (post.galler(grupp)) {
                    vantade.add(FordelningCells.personlig(post, grupp));
                }
            }
        }
        for (Behovspost post : Behovspost.gemensamma()) {
            for (int n = 1; n <= storlekar; n++) {
                vantade.add(FordelningCells.gemensam(post, n));
            }
        }
        for (String period : List.of(FordelningCells.PER_MANAD, FordelningCells.PER_VECKA, FordelningCells.PER_DAG)) {
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                vantade.add(FordelningCells.matnorm(period, grupp));
            }
        }
        Aldersgrupp.barn().forEach(grupp -> vantade.add(FordelningCells.umgangesnorm(grupp)));
        return vantade;
    }

    private static Kronor kronor(Cell cell, Ruta ruta, List<Tabellfel> fel) {
        if (ruta.formel() != null) {
            return null; // listed once where the file was read
        }
        BigDecimal tal = ruta.tal() == null ? null : ruta.tal().stripTrailingZeros();
        if (tal == null) {
            fel.add(new Tabellfel(ruta.plats(), namn(cell) + ": " + (ruta.tom() ? "värde saknas" : "'" + ruta.text()
                    + "' är inte ett belopp") + "; ange hela kronor med siffror"));
            return null;
        }
        if (tal.scale() > 0) {
            fel.add(new Tabellfel(ruta.plats(), namn(cell) + ": " + tal.toPlainString() + " är inte hela kronor"));
            return null;
        }
        if (tal.signum() < 0) {
            fel.add(new Tabellfel(ruta.plats(), namn(cell) + ": " + tal.toPlainString() + " kr är negativt; ett behov är minst 0 kr"));
            return null;
        }
        if (tal.compareTo(BigDecimal.valueOf(STORSTA_BELOPP)) >= 0) {
            fel.add(new Tabellfel(ruta.plats(), namn(cell) + ": " + tal.toPlainString() + " kr är orimligt stort för en månads belopp"));
            return null;
        }
        return Kronor.of(tal.longValueExact());
    }

    /** A whole missing row is one problem; a few missing cells are one problem each. */
    private static void saknas(List<Cell> saknade, Set<Cell> vantade, List<Tabellfel> fel) {
        Cell forsta = saknade.get(0);
        long iRaden = vantade.stream().filter(c -> c.tabell() == forsta.tabell() && c.rad().equals(forsta.rad())).count();
        Cellbenamning benamning = Cellbenamning.av(forsta);
        if (saknade.size() == iRaden) {
            fel.add(new Tabellfel(null, benamning.tabell() + ": raden '" + benamning.rad() + "' saknas"));
            return;
        }
        saknade.forEach(cell -> fel.add(new Tabellfel(null, namn(cell) + " saknas: kolumnen finns inte i filen")));
    }

    private static boolean galler(Cell cell) {
        return cell.tabell() != Normtabell.UMGANGESNORM && !(cell.tabell() == Normtabell.PERSONLIGA_KOSTNADER
                && cell.rad().equals(Behovspost.BARN_OCH_UNGDOMSFORSAKRING.nyckel()));
    }

    private static String namn(Cell cell) {
        Cellbenamning benamning = Cellbenamning.av(cell);
        return benamning.tabell() + ", " + benamning.rad() + ", " + benamning.kolumn();
    }
}
