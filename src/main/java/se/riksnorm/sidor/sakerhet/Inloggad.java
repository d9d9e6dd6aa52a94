package se.riksnorm.sidor.sakerhet;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.riksnorm.domain.fordelning.Kommun;

/**
 * The person behind a page request: name (what history and audit log record), roles (the API's, {@code Roller}) and
 * the kommuner the person acts for. The kommuner come from the identity provider's claim ({@value #KOMMUNER}, named by
 * {@code RIKSNORM_KOMMUN_CLAIM}) or the dev demo users; {@value #ALLA} stands for every kommun (a national
 * administrator). A login without the claim acts for no kommun's tables on the pages.
 *
 * @param kommuner kommun ids, kommunkoder or names as the claim gives them
 */
public record Inloggad(String namn, Set<String> roller, Set<String> kommuner) {

    /** The attribute of the login (and claim of the pages' own cookie token) that lists the kommuner. */
    public static final String KOMMUNER = "kommuner";
    /** The value that gives every kommun. */
    public static final String ALLA = "*";

    public Inloggad {
        roller = Set.copyOf(roller);
        kommuner = Set.copyOf(kommuner);
    }

    public static Inloggad av(Authentication authentication) {
        return new Inloggad(authentication.getName(), new LinkedHashSet<>(authentication.getRoles()),
                kommuner(authentication.getAttributes().get(KOMMUNER)));
    }

    /** A claim value as a set: a list, or one text with kommuner separated by comma or space. */
    public static Set<String> kommuner(Object claim) {
        Set<String> kommuner = new LinkedHashSet<>();
        if (claim instanceof Collection<?> lista) {
            lista.forEach(k -> kommuner.addAll(kommuner(k)));
        } else if (claim != null) {
            for (String del : claim.toString().split("[,\\s]+")) {
                if (!del.isBlank()) {
                    kommuner.add(del.strip());
                }
            }
        }
        return kommuner;
    }

    public boolean har(String roll) {
        return roller.contains(roll);
    }

    public boolean harNagon(String... roller) {
        return List.of(roller).stream().anyMatch(this::har);
    }

    /** Whether the person acts for the kommun (by its id, kommunkod or name, as the claim may give any). */
    public boolean arFor(Kommun kommun) {
        return kommuner.contains(ALLA) || kommuner.stream().anyMatch(kommun::kannsIgenPa);
    }
}
