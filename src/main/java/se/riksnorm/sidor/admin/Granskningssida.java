package se.riksnorm.sidor.admin;

import java.util.List;
import java.util.Map;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.storage.GranskningStore;

/**
 * The audit log, filtered by kommun, user, table and date, newest first, a page at a time.
 *
 * @param filter the filter as typed
 * @param kommuner kommun id → name, for the kommun filter
 */
public record Granskningssida(Map<String, String> filter, Map<String, String> kommuner, List<GranskningStore.Post> poster, long totalt,
                              int sida, int storlek, Formularfel fel) {

    public String v(String namn) {
        String varde = filter.get(namn);
        return varde == null ? "" : varde;
    }

    /** What was done, in words where it is a step of a table's history ("Celler ändrade"). */
    public static String handling(String handling) {
        try {
            return se.riksnorm.domain.historik.Handelsetyp.valueOf(handling).benamning();
        } catch (IllegalArgumentException e) {
            return handling;
        }
    }

    public boolean fler() {
        return (long) (sida + 1) * storlek < totalt;
    }

    /** The query of another page of the same filter. */
    public String fraga(int annan) {
        StringBuilder fraga = new StringBuilder("?sida=" + annan);
        filter.forEach((k, v) -> {
            if (!k.equals("sida") && v != null && !v.isBlank()) {
                fraga.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return fraga.toString();
    }
}
