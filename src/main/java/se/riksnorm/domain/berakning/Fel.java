package se.riksnorm.domain.berakning;

/**
 * Why a request cannot be calculated, naming the field (e.g. {@code medlemmar[1].fodelsedatum}).
 */
public record Fel(Feltyp typ, String falt, String meddelande) {

    /** The kinds of refusal, which an adapter maps to its own answers (HTTP 404 or 422). */
    public enum Feltyp {
        /** No kommun by that id, code or name. */
        OKAND_KOMMUN,
        /** No table or rules cover the period (e.g. no riksnorm for 2031). */
        NORM_SAKNAS,
        /** The household or a figure cannot be right (a birth date after the period, a household with no adult). */
        OGILTIG_UPPGIFT
    }
}
