package se.riksnorm.web.problem;

/** Thrown to answer a request with a problem; carries no stack trace, it is an answer, not a fault. */
public class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
