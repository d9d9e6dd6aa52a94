package se.riksnorm.sidor;

import se.riksnorm.web.problem.Problemtyp;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/**
 * A page that cannot be shown: an unknown kommun, a kommun the person does not act for, a problem the API would
 * answer. Shown as an error page with the API's own problem text ({@link SidfelHandler}).
 */
public class Sidfel extends RuntimeException {

    private final transient ProblemDetail problem;

    public Sidfel(ProblemDetail problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }

    public static Sidfel ejBehorig(String text) {
        return new Sidfel(ProblemDetail.av(Problemtyp.SAKNAR_BEHORIGHET, text, null, null));
    }

    /** The API's problem for a refusal from the services, as the API would answer it. */
    public static ProblemDetail problem(RuntimeException fel) {
        if (fel instanceof ProblemException problem) {
            return problem.problem();
        }
        if (fel instanceof Vagran vagran) {
            return Problems.vagran(vagran).problem();
        }
        if (fel instanceof Sidfel sidfel) {
            return sidfel.problem();
        }
        throw fel;
    }

    /** Runs a step of a page; a refusal becomes the page's error. */
    public static <T> T vid(java.util.function.Supplier<T> steg) {
        try {
            return steg.get();
        } catch (ProblemException | Vagran fel) {
            throw new Sidfel(problem(fel));
        }
    }
}
