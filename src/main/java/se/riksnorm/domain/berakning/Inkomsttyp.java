package se.riksnorm.domain.berakning;

/** Income counted against the need; only net earned income ({@link #LON}) can have jobbstimulans. */
public enum Inkomsttyp {
    LON("Lön (netto)", true),
    BARNBIDRAG("Barnbidrag", false),
    BOSTADSBIDRAG("Bostadsbidrag", false),
    UNDERHALLSSTOD("Underhållsstöd", false),
    SJUKPENNING("Sjukpenning", false),
    ARBETSLOSHETSERSATTNING("Arbetslöshetsersättning", false),
    ETABLERINGSERSATTNING("Etableringsersättning", false),
    FORALDRAPENNING("Föräldrapenning", false),
    PENSION("Pension", false),
    OVRIG("Annan inkomst", false);

    private final String benamning;
    private final boolean forvarvsinkomst;

    Inkomsttyp(String benamning, boolean forvarvsinkomst) {
        this.benamning = benamning;
        this.forvarvsinkomst = forvarvsinkomst;
    }

    public String benamning() {
        return benamning;
    }

    public boolean arForvarvsinkomst() {
        return forvarvsinkomst;
    }
}
