package se.riksnorm.domain.fordelning;

/** Where a kommun's fördelning for a year stands. */
public enum Fordelningsstatus {
    /** A draft (förslag) the sakkunnig may still change. */
    FORSLAG("förslag"),
    /** Decided by the nämnd: never changes again. */
    BESLUTAD("beslutad");

    private final String benamning;

    Fordelningsstatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }

    public boolean arLast() {
        return this == BESLUTAD;
    }
}
