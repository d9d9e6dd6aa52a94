package se.riksnorm.web.kommun;

import io.micronaut.http.MediaType;
import java.util.Locale;
import se.riksnorm.app.upprakning.InmatningService;
import se.riksnorm.web.problem.Problemtyp;
import se.riksnorm.web.problem.Problems;

/** A kommun's upload: the year in the path and the file's kind from its Content-Type (or its first bytes), each refused by its field. */
final class InmatningRequestParser {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroenabled.12";
    static final String XLS = "application/vnd.ms-excel";
    static final String CSV = "text/csv";
    static final String YAML = "application/yaml";
    static final String YAML_TEXT = "text/yaml";
    static final String YAML_X = "application/x-yaml";
    static final String OKTETTER = "application/octet-stream";

    private static final int FORSTA_AR = 2000;
    private static final int SISTA_AR = 2100;

    private InmatningRequestParser() {
    }

    static int ar(int ar) {
        if (ar < FORSTA_AR || ar > SISTA_AR) {
            throw Problems.ogiltigtVarde("ar", Integer.toString(ar), "Ett år anges med fyra siffror, " + FORSTA_AR + "–" + SISTA_AR + ".");
        }
        return ar;
    }

    /** The file's kind; without a known type, a ZIP or OLE header is a workbook and anything else CSV. Macro and old workbooks are refused. */
    static InmatningService.Format format(String mediatyp, byte[] fil) {
        String typ = mediatyp.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (typ.equals(XLSM) || typ.equals(XLS)) {
            throw Problems.problem(Problemtyp.OTILLATEN_FIL, "En arbetsbok med "
                    + "makron (.xlsm) eller i det gamla formatet (.xls) tas inte emot; spara den som Excel-arbetsbok (.xlsx).",
                    "Content-Type", mediatyp);
        }
        return switch (typ) {
            case XLSX -> InmatningService.Format.XLSX;
            case CSV -> InmatningService.Format.CSV;
            case MediaType.APPLICATION_JSON -> InmatningService.Format.JSON;
            case YAML, YAML_TEXT, YAML_X -> InmatningService.Format.YAML;
            default -> fil.length >= 2 && fil[0] == 'P' && fil[1] == 'K' || fil.length >= 4 && (fil[0] & 0xff) == 0xd0
                    ? InmatningService.Format.XLSX : InmatningService.Format.CSV;
        };
    }
}
