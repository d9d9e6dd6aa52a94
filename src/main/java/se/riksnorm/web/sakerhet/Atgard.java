package se.riksnorm.web.sakerhet;

/**
 * What a login asked to do, as a permission refusal names it ("… den får inte ändra förslag 7."). The controllers
 * pass the action; its words are here, once.
 */
public enum Atgard {
    SPARA_BERAKNINGAR("spara beräkningar för den"),
    LASA_SPARADE_BERAKNINGAR("läsa dess sparade beräkningar"),
    RAKNA_BUDGETPAVERKAN("räkna budgetpåverkan över dess hushåll"),
    ANDRA_VAL("ändra dess val"),
    MATA_IN_TABELLER("mata in dess tabeller"),
    MATA_IN_UTKAST("mata in ett utkast"),
    MATA_IN_BESLUTAD_TABELL("mata in en beslutad tabell"),
    REGISTRERA_BESLUT("registrera dess beslut"),
    SKRIVA_TILL_NORMS("skriva dess tabeller till norms/"),
    SE_ELLER_ANDRA_TABELLER("se eller ändra kommunens tabeller"),
    FORESLA_FORDELNING("föreslå dess fördelning"),
    LASA_KOMMUNENS_FORSLAG("läsa dess förslag"),
    /** The actions on one proposal, named with its id ("ändra förslag 7"). */
    LASA_FORSLAG("läsa förslag"),
    ANDRA_FORSLAG("ändra förslag"),
    BEKRAFTA_UMGANGESNORM("bekräfta umgängesnormen i förslag"),
    LAMNA_OVER_FORSLAG("lämna över förslag"),
    BESLUTA_FORSLAG("besluta förslag"),
    KASSERA_FORSLAG("kassera förslag"),
    TA_FRAM_HANDLINGAR("ta fram handlingar om förslag");

    private final String text;

    Atgard(String text) {
        this.text = text;
    }

    /** The action as the refusal words it, e.g. "ändra dess val". */
    public String text() {
        return text;
    }

    /** The action on one proposal, e.g. "ändra förslag 7". */
    public String om(long forslag) {
        return text + " " + forslag;
    }
}
