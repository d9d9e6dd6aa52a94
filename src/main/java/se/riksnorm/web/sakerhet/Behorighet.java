package se.riksnorm.web.sakerhet;

import io.micronaut.http.HttpStatus;
import se.riksnorm.web.problem.Problemtyp;
import java.util.List;
import java.util.Set;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.problem.Problems;

/**
 * The kommuner a login acts for (docs/adr/0052): its roles hold for these kommuner only. A handläggare, sakkunnig or
 * beslutsfattare writes only to its own kommuner, and reads the drafts and stored calculations of its own kommuner
 * only; reading published national tables and a kommun's table in force stays open to every login.
 *
 * @param kommuner the ids of the kommuner it acts for
 * @param allaKommuner acts for every kommun ({@code "*"}: a county's shared service, the tests' all-role key)
 * @param angivna the kommuner as the login named them, for the refusal's wording
 */
public record Behorighet(String namn, Set<String> roller, Set<String> kommuner, boolean allaKommuner, List<String> angivna) {

    public Behorighet {
        roller = Set.copyOf(roller);
        kommuner = Set.copyOf(kommuner);
        angivna = List.copyOf(angivna);
    }

    public boolean harRoll(String roll) {
        return roller.contains(roll);
    }

    public boolean agerarFor(Kommun kommun) {
        return allaKommuner || kommuner.contains(kommun.id());
    }

    /** Refuses, with 403 and nothing changed, a login that does not act for the kommun. */
    public void kravFor(Kommun kommun, Atgard atgard) {
        kravFor(kommun, atgard.text());
    }

    /** Refuses, as {@link #kravFor(Kommun, Atgard)}, an action on one proposal of the kommun. */
    public void kravFor(Kommun kommun, Atgard atgard, long forslag) {
        kravFor(kommun, atgard.om(forslag));
    }

    private void kravFor(Kommun kommun, String vad) {
        if (!agerarFor(kommun)) {
            throw Problems.problem(Problemtyp.SAKNAR_BEHORIGHET, "Inloggningen '" + namn + "' agerar för " + (angivna.isEmpty() ? "ingen kommun" : String.join(", ", angivna))
                            + ", inte för " + kommun.namn() + " (" + kommun.kod() + "): den får inte " + vad + ".",
                    "kommun", kommun.id());
        }
    }

    /** Refuses a login without the role: the check of {@code @Secured}, for an operation whose role depends on its body. */
    public void kravRoll(String roll, Atgard atgard) {
        if (!harRoll(roll)) {
            throw Problems.problem(Problemtyp.SAKNAR_BEHORIGHET, "Att " + atgard.text() + " kräver rollen " + roll + "; inloggningen '" + namn + "' har " + String.join(", ", roller) + ".",
                    null, null);
        }
    }
}
