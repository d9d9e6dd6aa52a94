package se.riksnorm.domain.upprakning;

import java.util.Map;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * A cell named as a reader of the bilaga names it: "Gemensamma hushållskostnader", "Förbrukningsvaror i
 * hemmet", "5 personer". A national total (no post) is the column's "Riksnorm".
 */
public record Cellbenamning(String tabell, String rad, String kolumn) {

    private static final Map<String, String> PERIODER = Map.of(
            FordelningCells.PER_MANAD, "Per månad", FordelningCells.PER_VECKA, "Per vecka", FordelningCells.PER_DAG, "Per dag");
    private static final Map<String, String> EXEMPELFALT = Map.of("gemensamma", "Gemensamma kostnader", "andel", "Andel",
            "ensamstaende", "Ensamstående", "summa", "Summa");

    public static Cellbenamning av(Cell cell) {
        String rad = cell.rad().isEmpty() ? "Riksnorm"
                : Behovspost.forNyckel(cell.rad()).map(Behovspost::benamning)
                        .orElseGet(() -> PERIODER.getOrDefault(cell.rad(), cell.rad().equals("exempel") ? "Exempel" : cell.rad()));
        String kolumn = Aldersgrupp.forNyckel(cell.kolumn()).map(Aldersgrupp::benamning)
                .orElseGet(() -> cell.kolumn().matches("[0-9]+") ? Kolumnrubrik.personer(Integer.parseInt(cell.kolumn()))
                        : EXEMPELFALT.getOrDefault(cell.kolumn(), cell.kolumn()));
        return new Cellbenamning(cell.tabell().benamning(), rad, kolumn);
    }
}
