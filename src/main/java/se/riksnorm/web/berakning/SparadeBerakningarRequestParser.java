package se.riksnorm.web.berakning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.riksnorm.web.problem.Problemtyp;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/** A stored calculation's id and the moment before which stored calculations are thinned out, each refused by its field. */
final class SparadeBerakningarRequestParser {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SparadeBerakningarRequestParser() {
    }

    /** The id as the path gives it: a UUID in lower case, as the service hands them out. */
    static String id(String id) {
        if (!ID.matcher(id).matches()) {
            throw Problems.ogiltigtVarde("id", id, "Ett beräknings-id är ett UUID, t.ex. 0b6f7c1e-3d2a-4f1b-9c8d-2e5f6a7b8c9d.");
        }
        return id;
    }

    /** No stored calculation has the id (never stored, or removed). */
    static ProblemException okand(String id) {
        return Problems.problem(Problemtyp.OKAND_BERAKNING, "Det finns ingen sparad beräkning med id " + id
                + ". Beräkningar sparas bara med spara=true.", "id", id);
    }

    /** {@code sparadFore}: a day (from midnight UTC) or a moment. */
    static Instant sparadFore(String text) {
        if (text == null || text.isBlank()) {
            throw Problems.ogiltigtVarde("sparadFore", text, "Ange sparadFore: en dag (ÅÅÅÅ-MM-DD) eller tidpunkt; de beräkningar som "
                    + "sparats före den tas bort.");
        }
        try {
            return text.length() == "ÅÅÅÅ-MM-DD".length() ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde("sparadFore", text, "'" + text + "' är inte en dag (ÅÅÅÅ-MM-DD) eller tidpunkt "
                    + "(ÅÅÅÅ-MM-DDTtt:mm:ssZ).");
        }
    }
}
