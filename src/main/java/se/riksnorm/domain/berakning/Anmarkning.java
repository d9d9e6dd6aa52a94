package se.riksnorm.domain.berakning;

/**
 * Something the handläggare must know about the result, e.g. that the kommun's split of a column does
 * not sum to the riksnorm and the riksnorm was used.
 */
public record Anmarkning(String kod, String meddelande) {
}
