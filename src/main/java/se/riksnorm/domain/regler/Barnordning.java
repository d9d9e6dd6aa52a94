package se.riksnorm.domain.regler;

/**
 * In which order a household's children are counted when a rule applies "from the fourth child". The bill's
 * text is not yet seen; birth order (oldest first) is the project's reading (docs/adr/0093), a parameter by month.
 */
public enum Barnordning {
    /** By birth: the oldest is the first child, so the youngest are the fourth and later. */
    ALDST_FORST("äldst först"),
    /** The youngest is the first child, so the oldest are the fourth and later. */
    YNGST_FORST("yngst först");

    private final String benamning;

    Barnordning(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
