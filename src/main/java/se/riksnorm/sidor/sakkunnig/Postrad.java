package se.riksnorm.sidor.sakkunnig;

import java.util.List;

/** A post's row of the grid: one cell per column, null where the column has no such post. */
public record Postrad(String post, String benamning, List<Cellfalt> celler) {
}
