package se.riksnorm.web.forslag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.problem.Textfalt;

/**
 * The nämnd's decision as the request gives it, each part checked and refused by its field; its texts are stored as
 * {@link se.riksnorm.domain.Fritext} says (NFC, one line), since they are written back into norms files and bilagor.
 */
public final class BeslutRequestParser {

    private static final int NAMND = 200;
    private static final int PARAGRAF = 40;
    private static final int DIARIENUMMER = 60;
    private static final int UNDERLAG = 400;

    private BeslutRequestParser() {
    }

    public static Beslut beslut(BeslutRequest begaran, int ar) {
        String namnd = text("namnd", begaran.namnd(), NAMND, true);
        LocalDate datum = datum("datum", begaran.datum(), true);
        String paragraf = text("paragraf", begaran.paragraf(), PARAGRAF, false);
        String diarienummer = text("diarienummer", begaran.diarienummer(), DIARIENUMMER, true);
        LocalDate tjansteskrivelse = datum("tjansteskrivelse", begaran.tjansteskrivelse(), false);
        String underlag = text("underlag", begaran.underlag(), UNDERLAG, false);
        if (underlag == null) {
            underlag = "Bilaga \"Underlag för beräkning av normen för ekonomiskt bistånd " + ar + "\""
                    + (tjansteskrivelse == null ? "" : " till tjänsteskrivelse " + tjansteskrivelse);
        }
        return new Beslut(namnd, datum, paragraf, diarienummer, tjansteskrivelse, underlag);
    }

    private static String text(String falt, String varde, int langd, boolean kravs) {
        if (varde == null || varde.isBlank()) {
            if (kravs) {
                throw Problems.ogiltigtVarde(falt, varde, "Beslutet ska ange " + falt + ".");
            }
            return null;
        }
        return Textfalt.text(falt, varde, langd);
    }

    private static LocalDate datum(String falt, String varde, boolean kravs) {
        String text = text(falt, varde, "ÅÅÅÅ-MM-DD".length(), kravs);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde(falt, varde, falt + " är ett datum ÅÅÅÅ-MM-DD, t.ex. 2023-12-07, inte '" + varde + "'.");
        }
    }
}
