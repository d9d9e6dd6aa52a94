package se.riksnorm.sidor.admin;

import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.app.upprakning.Riksnormutfall;
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

    /** The page's title, e.g. "Riksnormen 2025". */
    public static String titel(int ar) {
        return "Riksnormen " + ar;
    }

    /** The source's title the form suggests for the year's published table. */
    public static String kallansTitel(int ar) {
        return "Regeringens beslut om riksnormen för " + ar;
    }

    /** What entering the year's table did, and how many amounts differed from the stored table it replaced. */
    public static String inmatad(int ar, Riksnormstatus status, Riksnormutfall utfall) {
        return titel(ar) + (status.arLast() ? " är fastställd enligt den publicerade tabellen" : " är inmatad som preliminär")
                + (utfall.ersatte() ? "; " + utfall.skillnader().size() + " belopp skilde sig från den lagrade tabellen." : ".");
    }

    public String v(String namn) {
        return falt.getOrDefault(namn, "");
    }
}
