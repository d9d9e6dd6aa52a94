package se.riksnorm.sidor.admin;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import se.riksnorm.sidor.Formularfel;

/**
 * The form for a national year's published table: every amount, prefilled from the stored (preliminary) year, with
 * its source.
 *
 * @param kolumner input name → heading, in the table's order
 * @param falt the values as typed
 * @param skillnader after saving: each amount that differed from the stored table, in words
 */
public record Riksnormsida(int ar, @Nullable String status, List<Map.Entry<String, String>> personliga,
                           List<Map.Entry<String, String>> gemensamma, List<Map.Entry<String, String>> ejLunch,
                           Map<String, String> falt, Formularfel fel, @Nullable String meddelande, List<String> skillnader) {

    public String v(String namn) {
        return falt.getOrDefault(namn, "");
    }
}
