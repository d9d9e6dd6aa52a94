package se.riksnorm.sidor;

import java.util.Map;
import se.riksnorm.web.http.Etikett;

/**
 * The pages' If-Match: every form that changes a proposal carries the revision it was rendered from (hidden field
 * {@value #FALT}), and the page passes it to the service exactly as the API passes the revision of its If-Match
 * (docs/adr/0140). A form without it is refused as the API refuses a change without If-Match (428); a revision
 * that is no longer the stored one changes nothing (412, {@link Formularfel#av}).
 */
public final class Revision {

    public static final String FALT = "revision";

    private Revision() {
    }

    /** The revision the form was rendered from, read as the API reads its If-Match for the proposal. */
    public static Integer ur(Map<String, String> formular, long forslag) {
        String revision = formular.get(FALT);
        return Etikett.forvantadRevision(revision == null || !revision.strip().matches("[0-9]{1,9}") ? revision
                : Etikett.forslag(forslag, Integer.parseInt(revision.strip())), forslag);
    }
}
