package se.riksnorm.web.berakning;

import java.util.List;
import java.util.stream.Collectors;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problemtyp;

/** A refused calculation as a problem: 404 for an unknown kommun, 422 for norms missing or an impossible household. */
final class BerakningProblems {

    private BerakningProblems() {
    }

    static ProblemException avvisad(List<Fel> fel) {
        Fel forsta = fel.get(0);
        Problemtyp typ = switch (forsta.typ()) {
            case OKAND_KOMMUN -> Problemtyp.OKAND_KOMMUN;
            case NORM_SAKNAS -> Problemtyp.NORM_SAKNAS;
            default -> Problemtyp.OGILTIGT_HUSHALL;
        };
        String detalj = fel.size() == 1 ? forsta.meddelande()
                : fel.stream().map(Fel::meddelande).collect(Collectors.joining(" "));
        return new ProblemException(ProblemDetail.av(typ, detalj, forsta.falt(), null,
                fel.stream().map(f -> new ProblemDetail.Fel(f.falt(), f.meddelande())).toList()));
    }
}
