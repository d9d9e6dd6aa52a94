package se.riksnorm.web.forslag;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.upprakning.Cellandring;
import se.riksnorm.domain.upprakning.Cellsokvag;
import se.riksnorm.web.problem.Problems;

/** A new proposal's year and a change's cells as the request gives them, each refused by its field. */
final class ForslagRequestParser {

    private ForslagRequestParser() {
    }

    /** The year proposed; the body must name it. */
    static int ar(NyttForslagRequest begaran) {
        if (begaran.ar() == null) {
            throw Problems.ogiltigtVarde("ar", null, "Ange året som föreslås, t.ex. \"ar\": 2024.");
        }
        return begaran.ar();
    }

    /** The changed cells in the request's order, each with its new amount in whole kronor. */
    static List<Cellandring> andringar(AndringRequest begaran) {
        List<Cellandring> andringar = new ArrayList<>();
        List<AndringRequest.Cell> celler = begaran.celler() == null ? List.of() : begaran.celler();
        for (int i = 0; i < celler.size(); i++) {
            AndringRequest.Cell cell = celler.get(i);
            if (cell == null || cell.kronor() == null) {
                throw Problems.ogiltigtVarde("celler[" + i + "].kronor", null, "Ange cellens nya belopp i hela kronor.");
            }
            andringar.add(new Cellandring(Cellsokvag.tolka(cell.cell(), "celler[" + i + "].cell"), Kronor.of(cell.kronor())));
        }
        return andringar;
    }
}
