package se.riksnorm.domain.berakning;

import se.riksnorm.domain.regler.Lagrum;

/** Why the handläggare reduced försörjningsstödet, and so which rule the reduction rests on. */
public enum Nedsattningsgrund {
    /** Refused or left anvisad praktik or other kompetenshöjande verksamhet without acceptable reason. */
    PRAKTIK(Lagrum.NEDSATTNING_PRAKTIK, "avböjd praktik"),
    /** Did not meet the aktivitetskrav without acceptable reason (from 2026-07). */
    AKTIVITETSKRAV(Lagrum.NEDSATTNING_AKTIVITETSKRAV, "aktivitetskravet inte uppfyllt");

    private final Lagrum lagrum;
    private final String benamning;

    Nedsattningsgrund(Lagrum lagrum, String benamning) {
        this.lagrum = lagrum;
        this.benamning = benamning;
    }

    public Lagrum lagrum() {
        return lagrum;
    }

    public String benamning() {
        return benamning;
    }
}
