package se.riksnorm.domain.budget;

import java.util.Objects;
import se.riksnorm.domain.Normbok;

/**
 * A norm version made concrete: the tables it calculates with, as a Normbok holding the year's riksnorm and, for
 * the kommun, only the chosen table (none for {@link Tabellval#RIKSNORM}), and its name in words for the answer.
 *
 * @param benamning e.g. "Nyköping 2024, förslag 1 (inte beslutat)"
 * @param kalla where the kommun's table comes from: the decision, the proposal, or "riksnormen utan kommunens fördelning"
 */
public record Versionsnormer(Normversion version, Normbok normbok, String benamning, String kalla) {

    public Versionsnormer {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(normbok, "normbok");
        Objects.requireNonNull(benamning, "benamning");
        Objects.requireNonNull(kalla, "kalla");
    }
}
