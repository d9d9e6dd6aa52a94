package se.riksnorm.domain.kontroll;

/** How a checked amount must relate to the expected amount of its rule. */
public enum Jamforelse {
    LIKA(""),
    MINST("minst "),
    MER_AN("mer än "),
    MINDRE_AN("mindre än ");

    private final String text;

    Jamforelse(String text) {
        this.text = text;
    }

    /** The words before the expected amount in a finding: "förväntat mer än 1 130 kr". */
    public String text() {
        return text;
    }
}
