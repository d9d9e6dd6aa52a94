package se.riksnorm.domain.berakning;

/** What a result line is, and so which side of the calculation it is on. */
public enum Radtyp {
    PERSONLIGA_KOSTNADER("Personliga kostnader"),
    /** The begränsningsregel's reduction of a child's personliga kostnader (from 2027): lowers the riksnorm. */
    BEGRANSNING("Begränsningsregel för större hushåll"),
    GEMENSAMMA_KOSTNADER("Gemensamma hushållskostnader"),
    UMGANGESNORM("Umgängesnorm"),
    MATNORM("Matnorm"),
    SKALIG_KOSTNAD("Skälig kostnad"),
    /** Named by the law of the month: "Livsföring i övrigt", from 2025-07 "Levnadskostnader i övrigt". */
    LIVSFORING_I_OVRIGT("Livsföring i övrigt"),
    INKOMST("Inkomst"),
    JOBBSTIMULANS("Jobbstimulans, räknas inte som inkomst"),
    /** The part of a hemmavarande child's earnings from work that does not count (up to one prisbasbelopp a year). */
    BARNS_ARBETSINKOMST("Hemmavarande barns arbetsinkomst, räknas inte som inkomst"),
    /** A reduction of försörjningsstödet decided by the handläggare. */
    NEDSATTNING("Nedsättning av försörjningsstöd");

    private final String benamning;

    Radtyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
