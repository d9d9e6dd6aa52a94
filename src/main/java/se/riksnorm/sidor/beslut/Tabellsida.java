package se.riksnorm.sidor.beslut;

import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.sidor.Sidformat;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.sakkunnig.Rutnat;
import se.riksnorm.web.historik.HandelseResponse;

/**
 * A kommun's table for a year as in force: frozen once decided, with the decision, its versions and its history.
 *
 * @param beslut the decision in words, or null for a table not decided
 * @param versioner each version in words, oldest first
 */
public record Tabellsida(Kommun kommun, int ar, boolean beslutad, @Nullable String beslut, @Nullable String underlag,
                         Rutnat rutnat, List<String> versioner, List<HandelseResponse> historik) {

    /** A version in words: "Version 2: Socialnämnden 8 december 2022, § 112, Dnr SN22/37" or "Version 3: inte beslutad". */
    public static String version(Fordelningsversion version) {
        return "Version " + version.version() + ": " + version.fordelning().beslutet().map(Sidformat::beslut).orElse("inte beslutad");
    }
}
