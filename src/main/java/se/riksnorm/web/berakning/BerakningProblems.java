package se.riksnorm.web.berakning;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.stream.Collectors;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/** A refused calculation as a problem: 404 for an unknown kommun, 422 for norms missing or an impossible household. */
final class BerakningProblems {

    private BerakningProblems() {
    }

    static ProblemException avvisad(List<Fel> fel) {
        Fel forsta = fel.get(0);
        String typ;
        String titel;
        HttpStatus status;
        switch (forsta.typ()) {
            case OKAND_KOMMUN -> {
                typ = "okand-kommun";
                titel = "Kommunen finns inte";
                status = HttpStatus.NOT_FOUND;
            }
            case NORM_SAKNAS -> {
                typ = "norm-saknas";
                titel = "Normen finns inte för perioden";
                status = HttpStatus.UNPROCESSABLE_ENTITY;
            }
            default -> {
                typ = "ogiltigt-hushall";
                titel = "Hushållet kan inte beräknas";
                status = HttpStatus.UNPROCESSABLE_ENTITY;
            }
        }
        String detalj = fel.size() == 1 ? forsta.meddelande()
                : fel.stream().map(Fel::meddelande).collect(Collectors.joining(" "));
        return new ProblemException(new ProblemDetail(Problems.typ(typ), titel, status.getCode(), detalj, null, forsta.falt(),
                null, fel.stream().map(f -> new ProblemDetail.Fel(f.falt(), f.meddelande())).toList()));
    }
}
