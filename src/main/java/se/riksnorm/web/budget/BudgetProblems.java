package se.riksnorm.web.budget;

import se.riksnorm.web.problem.Problemtyp;
import java.util.stream.Collectors;
import se.riksnorm.app.budget.Underlagsvagran;
import se.riksnorm.app.budget.Versionsvagran;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/**
 * A caseload refused whole, as its problem: 400 ogiltigt-underlag or personnummer-behovs-inte, 413 for-stort-underlag;
 * a version whose months lack a riksnorm, rules or law: 422 norm-saknas, each month named.
 */
final class BudgetProblems {

    private BudgetProblems() {
    }

    static ProblemException underlag(Underlagsvagran vagran) {
        return switch (vagran.orsak()) {
            case OGILTIGT_UNDERLAG -> Problems.problem(Problemtyp.OGILTIGT_UNDERLAG, vagran.getMessage(), vagran.falt(), vagran.varde());
            case PERSONNUMMER -> Problems.problem(Problemtyp.PERSONNUMMER_BEHOVS_INTE, vagran.getMessage(), vagran.falt(), vagran.varde());
            case FOR_STORT -> Problems.problem(Problemtyp.FOR_STORT_UNDERLAG, vagran.getMessage(), vagran.falt(), vagran.varde());
        };
    }

    static ProblemException version(Versionsvagran vagran) {
        return new ProblemException(ProblemDetail.av(Problemtyp.NORM_SAKNAS,
                vagran.fel().stream().map(Fel::meddelande).collect(Collectors.joining(" ")), vagran.fel().get(0).falt(), null,
                vagran.fel().stream().map(f -> new ProblemDetail.Fel(f.falt(), f.meddelande())).toList()));
    }
}
