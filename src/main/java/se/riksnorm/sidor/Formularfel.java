package se.riksnorm.sidor;

import io.micronaut.core.annotation.Nullable;
import se.riksnorm.web.problem.Problemtyp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.Problems;

/**
 * A refused form's errors, each next to its field: the API's own problem text (ProblemDetail's detail, or each
 * entry of fel[]), keyed by the form field the API's field name ({@code falt}) stands for.
 *
 * @param falt form field → message
 * @param allmant a message that belongs to no field, or null
 */
public record Formularfel(Map<String, String> falt, @Nullable String allmant) {

    public static final Formularfel INGA = new Formularfel(Map.of(), null);
    /** Said first when a proposal's form lost a race (412, or 409 samtidig-andring): the API's text follows. */
    public static final String ANDRAT_SEDAN = "Förslaget har ändrats sedan du öppnade det – ladda om sidan och gör om din ändring.";

    public Formularfel {
        falt = Map.copyOf(falt);
    }

    /**
     * @param faltnamn the API's field name ({@code medlemmar[0].roll}) → the form field's name, or null when the
     *                 form has no such field (the message is then shown at the top)
     */
    public static Formularfel av(ProblemDetail problem, UnaryOperator<String> faltnamn) {
        if (problem.status() == 412 || problem.type().equals(Problems.typ(Problemtyp.SAMTIDIG_ANDRING))) {
            return new Formularfel(Map.of(), ANDRAT_SEDAN + " " + problem.detail());
        }
        Map<String, String> falt = new LinkedHashMap<>();
        String allmant = null;
        if (problem.fel() != null && !problem.fel().isEmpty() && problem.fel().stream().anyMatch(f -> f.falt() != null)) {
            for (ProblemDetail.Fel fel : problem.fel()) {
                String namn = fel.falt() == null ? null : faltnamn.apply(fel.falt());
                if (namn == null) {
                    allmant = allmant == null ? fel.meddelande() : allmant + " " + fel.meddelande();
                } else {
                    falt.merge(namn, fel.meddelande(), (a, b) -> a + " " + b);
                }
            }
        } else {
            String namn = problem.falt() == null ? null : faltnamn.apply(problem.falt());
            if (namn == null) {
                allmant = problem.detail();
            } else {
                falt.put(namn, problem.detail());
            }
        }
        return new Formularfel(falt, allmant);
    }

    public boolean finns() {
        return !falt.isEmpty() || allmant != null;
    }

    @Nullable
    public String vid(String namn) {
        return falt.get(namn);
    }
}
