package se.riksnorm.web.bilaga;

import se.riksnorm.export.Format;
import se.riksnorm.web.problem.Problems;

/** The format a bilaga or comparison is asked for in ({@code …/bilaga.pdf}), refused by its field when there is none such. */
final class BilagaRequestParser {

    private BilagaRequestParser() {
    }

    static Format format(String format) {
        return Problems.valjFormat(Format.class, format, "Bilagan");
    }
}
