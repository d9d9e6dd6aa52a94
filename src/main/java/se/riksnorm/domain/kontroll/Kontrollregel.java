package se.riksnorm.domain.kontroll;

/** The checks a table goes through when it is loaded or proposed, each with the rule it enforces. */
public enum Kontrollregel {
    SUMMA_MOT_RIKSNORM(Jamforelse.LIKA, "Kolumnens poster ska summera till riksnormens belopp",
            "SoF 2 kap. 1 §: totalerna fastställs av regeringen, kommunen beslutar bara om fördelningen"),
    MATNORM_AR_LIVSMEDEL(Jamforelse.LIKA, "Matnorm per månad ska vara posten livsmedel",
            "Nyköping SN22/37: matnormen är livsmedelsposten"),
    MATNORM_PER_VECKA(Jamforelse.LIKA, "Matnorm per vecka ska vara månad × 84 / 365, avrundat till hel krona",
            "Nyköping SN22/37: regeln ger alla celler 2022 och 2023"),
    MATNORM_PER_DAG(Jamforelse.LIKA, "Matnorm per dag ska vara månad × 12 / 365, avrundat till hel krona",
            "Nyköping SN22/37: regeln ger alla celler 2022 och 2023"),
    HEMMAVARANDE_EXEMPEL(Jamforelse.LIKA, "Exemplet för hemmavarande ungdom ska gå att räkna fram ur tabellen",
            "ensamstående + gemensamma kostnader / antal personer"),
    NEGATIVT_BELOPP(Jamforelse.MINST, "Inget belopp får vara negativt", "ett behov kan inte vara mindre än noll kronor"),
    HELT_TIOTAL(Jamforelse.LIKA, "Riksnormens belopp är jämna tiotal kronor", "regeringens tabeller avrundas till tiotal"),
    OKAR_MED_HUSHALLET(Jamforelse.MER_AN, "Gemensamma kostnader ska öka med hushållets storlek",
            "SoF 2 kap. 1 §: fler personer i hushållet, högre gemensamma kostnader"),
    SAMMANBOENDE_OVER_ENSAMSTAENDE(Jamforelse.MER_AN, "Sammanboende ska ha högre belopp än ensamstående",
            "SoF 2 kap. 1 §: beloppet för sammanboende avser paret"),
    EJ_LUNCH_LAGRE(Jamforelse.MINDRE_AN, "Beloppet ej lunch ska vara lägre än det fulla beloppet",
            "beloppet minskar när barnet äter lunch i förskolan");

    private final Jamforelse jamforelse;
    private final String beskrivning;
    private final String grund;

    Kontrollregel(Jamforelse jamforelse, String beskrivning, String grund) {
        this.jamforelse = jamforelse;
        this.beskrivning = beskrivning;
        this.grund = grund;
    }

    /** How the actual amount must relate to the expected one. */
    public Jamforelse jamforelse() {
        return jamforelse;
    }

    public String beskrivning() {
        return beskrivning;
    }

    /** Why the rule holds: the statute, decision or reasoning behind it. */
    public String grund() {
        return grund;
    }
}
