package se.riksnorm.domain.riksnorm;

/** Whether a year's national table is the published one or a proposal that may still be replaced. */
public enum Riksnormstatus {
    /** Entered as published by the government: never changes once stored. */
    FASTSTALLD("fastställd"),
    /** Derived or second-hand figures: replaced, with every changed cell reported, when the published table is entered. */
    PRELIMINAR("preliminär");

    private final String benamning;

    Riksnormstatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }

    public boolean arLast() {
        return this == FASTSTALLD;
    }
}
