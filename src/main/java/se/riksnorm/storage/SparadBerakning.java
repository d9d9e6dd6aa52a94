package se.riksnorm.storage;

/**
 * A calculation stored on request: the request as read and the answer exactly as it was sent.
 *
 * @param typ what was calculated, e.g. {@code FORSORJNINGSSTOD}
 */
public record SparadBerakning(String id, String typ, String kommun, String period, String sparad, String tjanstversion,
                              String begaran, String svar) {
}
