package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/** One post of a line's amount as the kommun split it (e.g. livsmedel 823 kr of 0 år's 2 420 kr). */
public record Delpost(String post, String benamning, Kronor kronor) {
}
