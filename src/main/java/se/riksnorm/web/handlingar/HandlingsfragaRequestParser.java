package se.riksnorm.web.handlingar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.riksnorm.app.handlingar.Handlingsfragan;
import se.riksnorm.web.problem.Problems;

/**
 * What the papers on a proposal are to say (date, diarienummer, nämnd, meeting, the government's decision), from the
 * query, each value refused by its field. The texts are printed into the papers: one line, NFC, at most 100 characters.
 */
final class HandlingsfragaRequestParser {

    private static final int LANGSTA_TEXT = 100;

    private HandlingsfragaRequestParser() {
    }

    static Handlingsfragan fraga(String datum, String dnr, String namnd, String sammantrade, String regeringensBeslut) {
        return new Handlingsfragan(datum("datum", datum), text("dnr", dnr), text("namnd", namnd), datum("sammantrade", sammantrade),
                datum("regeringensBeslut", regeringensBeslut));
    }

    private static LocalDate datum(String falt, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde(falt, text, "Ett datum anges ÅÅÅÅ-MM-DD, t.ex. 2023-11-20, inte '" + text + "'.");
        }
    }

    private static String text(String falt, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > LANGSTA_TEXT) {
            throw Problems.ogiltigtVarde(falt, text.substring(0, LANGSTA_TEXT) + "…", "Högst " + LANGSTA_TEXT + " tecken.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF')) {
            throw Problems.ogiltigtVarde(falt, null, "En text i handlingen är en rad utan styrtecken.");
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
