package se.riksnorm.domain.budget;

import java.util.List;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Roll;

/**
 * The kind of household a budget impact is broken down by: one adult or a couple (the sökande with make, maka or
 * sambo), with none to four or more children (children 0–18 and hemmavarande skolungdom 19–20); any other
 * household (an adult in hushållsgemenskap, a hemmavarande vuxet barn on its own) is "övriga". Umgängesbarn
 * visit and are not counted as the household's children.
 */
public enum Hushallstyp {
    ENSAMSTAENDE_UTAN_BARN("Ensamstående utan barn"),
    ENSAMSTAENDE_1_BARN("Ensamstående med 1 barn"),
    ENSAMSTAENDE_2_BARN("Ensamstående med 2 barn"),
    ENSAMSTAENDE_3_BARN("Ensamstående med 3 barn"),
    ENSAMSTAENDE_4_BARN_ELLER_FLER("Ensamstående med 4 barn eller fler"),
    SAMMANBOENDE_UTAN_BARN("Sammanboende utan barn"),
    SAMMANBOENDE_1_BARN("Sammanboende med 1 barn"),
    SAMMANBOENDE_2_BARN("Sammanboende med 2 barn"),
    SAMMANBOENDE_3_BARN("Sammanboende med 3 barn"),
    SAMMANBOENDE_4_BARN_ELLER_FLER("Sammanboende med 4 barn eller fler"),
    OVRIGA("Övriga hushåll");

    /** From this many children a household is in the last group of its kind. */
    private static final int FLEST_BARN = 4;

    private final String benamning;

    Hushallstyp(String benamning) {
        this.benamning = benamning;
    }

    public String benamning() {
        return benamning;
    }

    /** The type of a household with these members. */
    public static Hushallstyp av(List<Medlem> medlemmar) {
        int sokande = 0;
        int sambo = 0;
        int barn = 0;
        int ovriga = 0;
        for (Medlem medlem : medlemmar) {
            Roll roll = medlem.roll();
            switch (roll) {
                case SOKANDE -> sokande++;
                case MAKE_MAKA_SAMBO -> sambo++;
                case BARN, HEMMAVARANDE_SKOLUNGDOM -> barn++;
                case UMGANGESBARN -> { }
                default -> ovriga++;
            }
        }
        if (sokande != 1 || sambo > 1) {
            return OVRIGA;
        }
        int index = Math.min(barn, FLEST_BARN);
        return values()[(sambo == 1 ? SAMMANBOENDE_UTAN_BARN.ordinal() : ENSAMSTAENDE_UTAN_BARN.ordinal()) + index];
    }
}
