package se.riksnorm.sidor.sakkunnig;

import java.util.List;

/**
 * A table of the bilaga as the sakkunnig edits it: posts as rows, columns (age groups or household sizes) across,
 * with each column's sum against the riksnorm.
 *
 * @param id the table's key ({@code personliga_kostnader}), which the summary rows' element ids carry
 */
public record Tabelldel(String id, String rubrik, List<Kolumnsumma> kolumner, List<Postrad> rader) {
}
