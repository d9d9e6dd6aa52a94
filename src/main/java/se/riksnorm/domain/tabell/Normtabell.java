package se.riksnorm.domain.tabell;

/** The tables a riksnorm year or a kommun's fördelning consists of, named as in the bilaga. */
public enum Normtabell {
    PERSONLIGA_KOSTNADER("personliga_kostnader", "Personliga kostnader"),
    GEMENSAMMA_KOSTNADER("gemensamma_kostnader", "Gemensamma hushållskostnader"),
    EJ_LUNCH("ej_lunch", "Personliga kostnader, ej lunch 5 dagar/vecka"),
    MATNORM("matnorm", "Matnorm"),
    UMGANGESNORM("umgangesnorm", "Umgängesnorm (inkl. matnorm)"),
    HEMMAVARANDE_UNGDOM("hemmavarande_ungdom", "Hemmavarande ungdom");

    private final String nyckel;
    private final String benamning;

    Normtabell(String nyckel, String benamning) {
        this.nyckel = nyckel;
        this.benamning = benamning;
    }

    /** The key of the table's section in a norms file. */
    public String nyckel() {
        return nyckel;
    }

    public String benamning() {
        return benamning;
    }
}
