package se.riksnorm.sidor.sakerhet;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The person behind a page request: name (what history and audit log record) and roles (the API's, {@code Roller}),
 * for the menu and the start page. Which kommuner the person acts for is the API's own rule ({@code Behorighet},
 * docs/adr/0052), asked through {@code Kommunatkomst}.
 */
public record Inloggad(String namn, Set<String> roller) {

    public Inloggad {
        roller = Set.copyOf(roller);
    }

    public static Inloggad av(Authentication authentication) {
        return new Inloggad(authentication.getName(), new LinkedHashSet<>(authentication.getRoles()));
    }

    /** A claim's values: a list, or one text with values separated by comma or space. */
    public static Set<String> varden(Object claim) {
        Set<String> varden = new LinkedHashSet<>();
        if (claim instanceof Collection<?> lista) {
            lista.forEach(k -> varden.addAll(varden(k)));
        } else if (claim != null) {
            for (String del : claim.toString().split("[,\\s]+")) {
                if (!del.isBlank()) {
                    varden.add(del.strip());
                }
            }
        }
        return varden;
    }

    public boolean har(String roll) {
        return roller.contains(roll);
    }

    public boolean harNagon(String... roller) {
        return List.of(roller).stream().anyMatch(this::har);
    }
}
