package se.riksnorm.domain.kalla;

/**
 * How sure we are that a figure is what was decided (docs/kallor.md: "store the confidence and
 * source of each year's figures; a derived figure is marked so").
 */
public enum Tillforlitlighet {
    /** Published by the decision maker itself: an SFS, Socialstyrelsen, the government, a nämnd's own decision. */
    OFFICIELL,
    /** Seen second-hand on a kommun's published page or decision, not in the primary source. */
    KOMMUNSIDA,
    /** Computed by a rule (or only seen in a code model that agrees with the rule); to be replaced when published. */
    HARLEDD
}
