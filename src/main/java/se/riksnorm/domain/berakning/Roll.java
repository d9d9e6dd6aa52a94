package se.riksnorm.domain.berakning;

/**
 * A person's place in the calculation (docs/adr/0020, 0021: household members are spouses, sambor and
 * children under 21 the parents must support; others who share the home count by their share).
 */
public enum Roll {
    /** The applicant. */
    SOKANDE("sökande", true, true),
    /** Make, maka, registrerad partner or sambo of the applicant: together they are one sammanboende pair. */
    MAKE_MAKA_SAMBO("make, maka eller sambo", true, true),
    /** A child 0–18 år of the household, by age band. */
    BARN("barn", false, true),
    /** A child 19–20 år still in school and living at home: the 19–20 år column. */
    HEMMAVARANDE_SKOLUNGDOM("hemmavarande skolungdom", false, true),
    /** An adult who shares the home but not as sambo: ensamstående + gemensamma(n) / n (Socialstyrelsen's practice). */
    VUXEN_I_HUSHALLSGEMENSKAP("vuxen i hushållsgemenskap", true, false),
    /** An adult child at home outside the parents' duty of support: the kommun's hemmavarande-ungdom rule. */
    HEMMAVARANDE_VUXET_BARN("hemmavarande vuxet barn", true, false),
    /** A child visiting a parent in the household: umgängesnorm per day, not a member of the household. */
    UMGANGESBARN("umgängesbarn", false, false);

    private final String benamning;
    private final boolean vuxen;
    private final boolean familj;

    Roll(String benamning, boolean vuxen, boolean familj) {
        this.benamning = benamning;
        this.vuxen = vuxen;
        this.familj = familj;
    }

    public String benamning() {
        return benamning;
    }

    public boolean arVuxen() {
        return vuxen;
    }

    /** Part of the family unit whose gemensamma kostnader are the household's in full. */
    public boolean arFamilj() {
        return familj;
    }
}
