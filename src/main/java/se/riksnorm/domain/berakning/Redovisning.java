package se.riksnorm.domain.berakning;

/**
 * How much of a calculation the asker wants: every line with its rule and grunder, or the totals and notes alone (a
 * batch's or a caseload's summary, which writes no line). The totals are the same either way: the lines are added up as
 * they are made, and a summary only does not keep them.
 */
public enum Redovisning {
    /** Every line, the totals and the notes. */
    MED_RADER,
    /** The totals and the notes; {@link Berakningsresultat#rader()} is empty. */
    SUMMERING
}
