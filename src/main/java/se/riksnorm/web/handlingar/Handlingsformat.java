package se.riksnorm.web.handlingar;

import java.util.Locale;
import se.riksnorm.web.problem.Problems;

/** The formats the tjänsteskrivelse and the protokollsförslag are written in ({@code …/tjansteskrivelse.docx}). */
enum Handlingsformat {
    DOCX, PDF, HTML;

    /** The format named in the path; any other is refused, naming the formats there are. */
    static Handlingsformat valj(String format) {
        return Problems.valjFormat(Handlingsformat.class, format, "Handlingen");
    }

    String filandelse() {
        return name().toLowerCase(Locale.ROOT);
    }
}
