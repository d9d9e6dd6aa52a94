package se.riksnorm.sidor.sakkunnig;

import io.micronaut.http.multipart.CompletedFileUpload;
import se.riksnorm.web.problem.Problems;

/** The sakkunnig's forms as typed: the years of a new proposal and of an upload, and the upload's file, each refused by its field. */
final class SakkunnigRequestParser {

    private SakkunnigRequestParser() {
    }

    /** The year a new proposal is for. */
    static int ar(String text) {
        return ar(text, "ar", "Ange året som föreslås, t.ex. 2024.");
    }

    /** The base year a new proposal is raised from; empty means the year before. */
    static int basar(String text, int ar) {
        return text == null || text.isBlank() ? ar - 1 : ar(text, "fran", "Ange basåret, t.ex. 2023.");
    }

    /** The year an uploaded table is for. */
    static int tabellensAr(String text) {
        return ar(text, "ar", "Ange året tabellen gäller, t.ex. 2022.");
    }

    /** The uploaded file; none chosen (or an empty one) is refused. */
    static CompletedFileUpload fil(CompletedFileUpload fil) {
        if (fil == null || fil.getFilename() == null || fil.getFilename().isBlank() || fil.getSize() == 0) {
            throw Problems.ogiltigtVarde("fil", null, "Välj kommunens tabell som fil: bilagan som Excel-arbetsbok (.xlsx) eller CSV.");
        }
        return fil;
    }

    private static int ar(String text, String falt, String forklaring) {
        if (text == null || !text.strip().matches("[0-9]{4}")) {
            throw Problems.ogiltigtVarde(falt, text, forklaring);
        }
        return Integer.parseInt(text.strip());
    }
}
