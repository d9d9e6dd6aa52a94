package se.riksnorm.web.kommun;

import se.riksnorm.web.problem.Problemtyp;
import java.util.List;
import se.riksnorm.inmatning.InmatningAvvisad;
import se.riksnorm.inmatning.Tabellfel;
import se.riksnorm.normfiles.NormFileException;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;

/**
 * A refused upload as a problem: 422 {@code ogiltig-tabell} (the table is wrong), 413 {@code for-stor-begaran} (too large,
 * also unpacked), 415 {@code otillaten-fil} (macros, an old workbook, not a workbook). Each error in {@code fel} names its
 * place: {@code falt} is the cell as Excel writes it ({@code 'Underlag 2022'!C7}) or the CSV line and column, and the
 * message says sheet, row and column in words.
 */
final class InmatningProblem {

    private InmatningProblem() {
    }

    static ProblemException av(InmatningAvvisad avvisad) {
        Problemtyp typ = switch (avvisad.orsak()) {
            case OGILTIG_TABELL -> Problemtyp.OGILTIG_TABELL;
            case FOR_STOR -> Problemtyp.FOR_STOR_BEGARAN;
            case OTILLATEN_FIL -> Problemtyp.OTILLATEN_FIL;
        };
        List<ProblemDetail.Fel> fel = avvisad.fel().stream().map(InmatningProblem::fel).toList();
        Tabellfel forsta = avvisad.fel().isEmpty() ? null : avvisad.fel().get(0);
        return new ProblemException(ProblemDetail.av(typ, avvisad.getMessage(),
                forsta == null || forsta.plats() == null ? "fil" : forsta.plats().referens(), null, fel));
    }

    static ProblemException av(NormFileException fel) {
        return new ProblemException(ProblemDetail.av(Problemtyp.OGILTIG_TABELL, "Tabellen följer inte normfilernas format "
                + "(norms/README.md): " + String.join("; ", fel.problem()) + ". Inget sparades.", fel.fil(), null,
                fel.problem().stream().map(p -> new ProblemDetail.Fel(fel.fil(), p)).toList()));
    }

    private static ProblemDetail.Fel fel(Tabellfel fel) {
        return new ProblemDetail.Fel(fel.plats() == null ? "fil" : fel.plats().referens(), fel.text());
    }
}
