package se.riksnorm.domain.fordelning;

/** Where a kommun's fördelning for a year stands. */
public enum Fordelningsstatus {
    /** A draft (förslag) the sakkunnig may still change. */
    FORSLAG,
    /** Decided by the nämnd: never changes again. */
    BESLUTAD;

    public boolean arLast() {
        return this == BESLUTAD;
    }
}
