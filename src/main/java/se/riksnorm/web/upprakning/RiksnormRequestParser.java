package se.riksnorm.web.upprakning;

import java.util.Locale;
import se.riksnorm.app.upprakning.Kallangivelse;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.web.problem.Problems;

/** The source and the status of a published riksnorm as the request gives them, each refused by its field. */
final class RiksnormRequestParser {

    private RiksnormRequestParser() {
    }

    /** The source every amount cites; the body must give one. */
    static Kallangivelse kalla(PubliceradRiksnormRequest.Kalla kalla) {
        if (kalla == null) {
            throw Problems.ogiltigtVarde("kalla", null, "Ange källan till den publicerade tabellen (kalla.id, och titel för en ny källa).");
        }
        return Kallbegaran.las(kalla.id(), kalla.titel(), kalla.tillforlitlighet(), kalla.referens());
    }

    /** FASTSTALLD (the default: the published table) or PRELIMINAR, in any case. */
    static Riksnormstatus status(String text) {
        if (text == null) {
            return Riksnormstatus.FASTSTALLD;
        }
        try {
            return Riksnormstatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.ogiltigtVarde("status", text, "Status är FASTSTALLD (den publicerade tabellen) eller PRELIMINAR.");
        }
    }
}
