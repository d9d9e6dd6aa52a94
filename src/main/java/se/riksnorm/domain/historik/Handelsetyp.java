package se.riksnorm.domain.historik;

/** What happened to a table: the steps of its life, each recorded with who, when and why. */
public enum Handelsetyp {
    /** The service proposed a national year from the year before and a percentage. */
    RIKSNORM_FORESLAGEN("Riksnormen föreslagen ur föregående år"),
    /** The published national table was entered and replaced the proposal. */
    RIKSNORM_FASTSTALLD("Den publicerade riksnormen inmatad"),
    /** A preliminary national table was entered (e.g. from the government's announcement, before the förordning). */
    RIKSNORM_PRELIMINAR_INMATAD("En preliminär riksnorm inmatad"),
    /** A table was stored or replaced from a file in {@code norms/}. */
    INLAST_FRAN_FIL("Inläst från norms/"),
    /** A kommun entered its table through the API (an XLSX, CSV or JSON upload), as a draft. */
    INMATAD("Inmatad genom API:t"),
    /** A proposal for a kommun's fördelning was computed from a base year. */
    FORSLAG_SKAPAT("Förslag skapat"),
    /** The sakkunnig changed cells of a proposal. */
    CELLER_ANDRADE("Celler ändrade"),
    /** The sakkunnig confirmed the proposed umgängesnorm. */
    UMGANGESNORM_BEKRAFTAD("Umgängesnormen bekräftad"),
    /** The sakkunnig handed the proposal over for the nämnd's decision; a later change takes it back. */
    OVERLAMNAT_FOR_BESLUT("Överlämnat för beslut"),
    /** The nämnd decided the proposal: it became the year's table. */
    BESLUTAD("Beslutad"),
    /** A decided version was replaced by a later decision that names it. */
    ERSATT("Ersatt av nytt beslut"),
    /** A proposal that was never decided was thrown away. */
    FORSLAG_KASSERAT("Förslaget kasserat"),
    /** A table was written to {@code norms/} to be committed. */
    EXPORTERAD("Exporterad till norms/");

    private final String benamning;

    Handelsetyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }
}
