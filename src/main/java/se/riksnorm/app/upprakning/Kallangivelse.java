package se.riksnorm.app.upprakning;

import se.riksnorm.domain.kalla.Tillforlitlighet;

/**
 * The source a published table cites, as the request gives it, each field already checked for its form: a stored
 * source by its id, or a new one with its title ({@link RiksnormForslagService#kalla} decides which).
 *
 * @param titel the title as stored (NFC, one line), or {@code null} when only the id is given
 * @param referens where the amounts are given, or {@code null}
 */
public record Kallangivelse(String id, String titel, Tillforlitlighet tillforlitlighet, String referens) {

    /** The longest title a source may have. */
    public static final int STORSTA_TITEL = 400;
}
