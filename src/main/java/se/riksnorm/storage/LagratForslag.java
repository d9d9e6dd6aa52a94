package se.riksnorm.storage;

import se.riksnorm.domain.upprakning.Forslag;

/**
 * A proposal as stored, with its revision: the number every change raises and checks, the proposal's ETag
 * (docs/adr/0140).
 */
public record LagratForslag(Forslag forslag, int revision) {
}
