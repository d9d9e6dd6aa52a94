package se.riksnorm.app.budget;

/**
 * The bounds of one caseload upload (docs/adr/0121): what a kommun's caseload needs many times over, so that one
 * request's work and memory stay bounded.
 *
 * @param storstaFil bytes of the upload
 * @param storstaRad bytes of one row (CSV) or line (NDJSON)
 * @param storstaAntalRader rows or lines
 * @param storstaAntalHushall households (the ids seen are remembered, 16 bytes each at most, to refuse a household whose
 *                            rows are split)
 * @param storstaHushall persons in one household
 */
public record Underlagsgranser(long storstaFil, int storstaRad, long storstaAntalRader, int storstaAntalHushall,
                               int storstaHushall) {

    public static final Underlagsgranser STANDARD = new Underlagsgranser(512L * 1024 * 1024, 256 * 1024, 5_000_000, 1_000_000, 30);
}
