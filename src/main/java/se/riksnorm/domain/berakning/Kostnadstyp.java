package se.riksnorm.domain.berakning;

/**
 * Costs added to the riksnorm. The first six are the skäliga kostnader of SoL 4 kap. 3 §; the last is
 * bistånd till livsföring i övrigt, assessed separately and shown as its own lines.
 */
public enum Kostnadstyp {
    BOENDE("Boende", true),
    HUSHALLSEL("Hushållsel", true),
    ARBETSRESOR("Arbetsresor", true),
    HEMFORSAKRING("Hemförsäkring", true),
    FACKFORENING("Medlemskap i fackförening", true),
    A_KASSA("Medlemskap i arbetslöshetskassa", true),
    OVRIG_SKALIG_KOSTNAD("Annan skälig kostnad", true),
    LIVSFORING_I_OVRIGT("Livsföring i övrigt", false);

    private final String benamning;
    private final boolean skalig;

    Kostnadstyp(String benamning, boolean skalig) {
        this.benamning = benamning;
        this.skalig = skalig;
    }

    public String benamning() {
        return benamning;
    }

    /** A skälig kostnad of försörjningsstödet (SoL 4 kap. 3 §), as opposed to livsföring i övrigt. */
    public boolean arSkaligKostnad() {
        return skalig;
    }
}
