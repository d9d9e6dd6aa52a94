package se.riksnorm.domain.regler;

/** Whether a rule's wording or parameter is the law in force, or still waits for the published text. */
public enum Regelstatus {
    /** Enacted: the statute or förordning in force. */
    BESLUTAD("beslutad"),
    /** Adopted or proposed, but the SFS text (wording, paragraph, figure) is not yet seen: may change. */
    PRELIMINAR("preliminär");

    private final String benamning;

    Regelstatus(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
