package se.riksnorm.domain.fordelning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;

/** One column of a fördelning: the amount of each post. Its sum is the column's total. */
public record Poster(Map<Behovspost, Kronor> belopp) {

    public Poster {
        belopp = Collections.unmodifiableMap(new EnumMap<>(belopp));
    }

    public Kronor get(Behovspost post) {
        Kronor kronor = belopp.get(post);
        if (kronor == null) {
            throw new IllegalArgumentException("posten " + post.benamning() + " finns inte i kolumnen");
        }
        return kronor;
    }

    public Kronor summa() {
        return Kronor.sum(belopp.values());
    }
}
