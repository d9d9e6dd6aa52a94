package se.riksnorm.web.problem;

import se.riksnorm.domain.Fritext;

/** A free text of a request, normalised and checked by {@link Fritext}; refused as a 400 problem naming its field. */
public final class Textfalt {

    private Textfalt() {
    }

    /**
     * The text normalised (NFC, stripped), {@code null} where none was given (or only white space).
     *
     * @throws ProblemException 400 naming {@code falt}: too long, or a character that cannot be stored
     */
    public static String text(String falt, String varde, int storstaLangd) {
        String text = Fritext.normaliserad(varde);
        if (text == null || text.isEmpty()) {
            return null;
        }
        Fritext.fel(text, storstaLangd).ifPresent(fel -> {
            throw Problems.ogiltigtVarde(falt, varde.length() > 200 ? varde.substring(0, 200) + "…" : varde, falt + ": " + fel);
        });
        return text;
    }
}
