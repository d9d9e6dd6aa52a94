package se.riksnorm.sidor.berakning;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Nedsattningsgrund;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.web.berakning.ForsorjningsstodResponse;
import se.riksnorm.web.berakning.MatnormResponse;
import se.riksnorm.web.berakning.UmgangesnormResponse;

/**
 * The handläggare's calculator: the household form as typed and, after a calculation, the API's own answer (for a
 * period over several months: one part per month, in {@code delar}, and the period's totals).
 *
 * @param kommuner the kommuner to choose from: every kommun (calculating is open to every login), the person's own first
 * @param falt the form's values by input name
 * @param sparad the stored calculation's id, when the handläggare asked to store it
 */
public record Kalkylator(List<Kommun> kommuner, Map<String, String> falt, Rader rader, Formularfel fel,
                         @Nullable ForsorjningsstodResponse forsorjningsstod, @Nullable MatnormResponse matnorm,
                         @Nullable UmgangesnormResponse umgangesnorm, @Nullable String sparad) {

    public static final String TITEL = "Beräkna försörjningsstöd";

    /** How many rows of each kind the form shows (more on demand). */
    public record Rader(int medlemmar, int kostnader, int inkomster, int nedsattningar) {
    }

    public String v(String namn) {
        return falt.getOrDefault(namn, "");
    }

    public boolean valt(String namn, String varde) {
        return varde.equals(falt.get(namn));
    }

    public boolean ikryssad(String namn) {
        String varde = falt.get(namn);
        return varde != null && !varde.isBlank();
    }

    public List<Roll> roller() {
        return Arrays.asList(Roll.values());
    }

    public List<Kostnadstyp> kostnadstyper() {
        return Arrays.asList(Kostnadstyp.values());
    }

    public List<Inkomsttyp> inkomsttyper() {
        return Arrays.asList(Inkomsttyp.values());
    }

    public List<Nedsattningsgrund> nedsattningsgrunder() {
        return Arrays.asList(Nedsattningsgrund.values());
    }

    /** The answer's parts: one per month for a period over several months, else the answer itself. */
    public List<ForsorjningsstodResponse> delar() {
        if (forsorjningsstod == null) {
            return List.of();
        }
        return forsorjningsstod.delar() == null ? List.of(forsorjningsstod) : forsorjningsstod.delar();
    }

    public boolean fleraManader() {
        return forsorjningsstod != null && forsorjningsstod.delar() != null;
    }

    /** A result line's type in words: "Personliga kostnader". */
    public static String radtyp(String typ) {
        try {
            return se.riksnorm.domain.berakning.Radtyp.valueOf(typ).benamning();
        } catch (IllegalArgumentException e) {
            return typ;
        }
    }

    public boolean harResultat() {
        return forsorjningsstod != null || matnorm != null || umgangesnorm != null;
    }
}
