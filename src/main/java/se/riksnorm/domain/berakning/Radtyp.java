package se.riksnorm.domain.berakning;

/** What a result line is, and so which side of the calculation it is on. */
public enum Radtyp {
    PERSONLIGA_KOSTNADER("Personliga kostnader"),
    GEMENSAMMA_KOSTNADER("Gemensamma hushållskostnader"),
    UMGANGESNORM("Umgängesnorm"),
    MATNORM("Matnorm"),
    SKALIG_KOSTNAD("Skälig kostnad"),
    LIVSFORING_I_OVRIGT("Livsföring i övrigt"),
    INKOMST("Inkomst"),
    JOBBSTIMULANS("Jobbstimulans, räknas inte som inkomst");

    private final String benamning;

    Radtyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
