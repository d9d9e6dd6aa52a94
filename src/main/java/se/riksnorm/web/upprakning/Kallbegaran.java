package se.riksnorm.web.upprakning;

import java.util.Locale;
import se.riksnorm.app.upprakning.Kallangivelse;
import se.riksnorm.domain.Fritext;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.upprakning.Vagran;

/** The source of a published table as the request gives it, checked field by field; each refusal names its field. */
public final class Kallbegaran {

    private static final int KALLID_LANGD = 80;
    private static final int REFERENS_LANGD = 200;

    private Kallbegaran() {
    }

    /** @param tillforlitlighet OFFICIELL, KOMMUNSIDA or HARLEDD; {@code null} means OFFICIELL */
    public static Kallangivelse las(String id, String titel, String tillforlitlighet, String referens) {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > KALLID_LANGD) {
            throw Vagran.ogiltigt("kalla.id", id, "Källan anges med ett id av små bokstäver a–z, siffror och bindestreck "
                    + "(som i norms/kallor.yaml), t.ex. \"regeringen-2024\".");
        }
        String titeln = titel == null || titel.isBlank() ? null : text("kalla.titel", titel, Kallangivelse.STORSTA_TITEL);
        String referensen = referens == null || referens.isBlank() ? null : text("kalla.referens", referens, REFERENS_LANGD);
        Tillforlitlighet niva;
        try {
            niva = tillforlitlighet == null ? Tillforlitlighet.OFFICIELL : Tillforlitlighet.valueOf(tillforlitlighet.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Vagran.ogiltigt("kalla.tillforlitlighet", tillforlitlighet, "Tillförlitligheten är OFFICIELL, KOMMUNSIDA eller "
                    + "HARLEDD (bara för en preliminär tabell).");
        }
        return new Kallangivelse(id, titeln, niva, referensen);
    }

    /** A free text as stored (docs/adr/0143), or a refusal naming its field. */
    private static String text(String falt, String given, int storstaLangd) {
        String text = Fritext.normaliserad(given);
        Fritext.fel(text, storstaLangd).ifPresent(fel -> {
            throw Vagran.ogiltigt(falt, given, falt + ": " + fel);
        });
        return text;
    }
}
