package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.Formularfel;

/**
 * The sakkunnig's page of a kommun: its years with status, decision and findings, its proposals, and the form for
 * next year's proposal (where next year's riksnorm is missing, the administrator proposes it first), and the upload of
 * the kommun's current table from a file.
 *
 * @param nastaAr the year "nästa år" proposes by default
 * @param riksnormSaknas whether the riksnorm of {@code nastaAr} is missing
 * @param inmatning the upload of the kommun's own table from a file
 */
public record Kommunsida(Kommun kommun, List<Arsrad> ar, List<Forslagsrad> forslag, int nastaAr, boolean riksnormSaknas,
                         Formularfel fel, @Nullable String meddelande, Inmatningsruta inmatning) {

    /** The page's title, e.g. "Nyköping: fördelning och bilaga". */
    public static String titel(Kommun kommun) {
        return kommun.namn() + ": fördelning och bilaga";
    }

    /**
     * @param beslut the decision in words: "Socialnämnden 8 december 2022, Dnr SN22/37", or null
     * @param avvikelser each finding's message
     */
    public record Arsrad(int ar, boolean beslutad, @Nullable String beslut, List<String> avvikelser) {
    }

    /** @param vantar handed over and waiting for the nämnd */
    public record Forslagsrad(long id, int ar, int fran, boolean beslutad, @Nullable Integer version, int avvikelser, boolean vantar) {
    }
}
