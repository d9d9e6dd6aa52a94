package se.riksnorm.web.forslag;

import se.riksnorm.domain.fordelning.Beslut;

/**
 * The nämnd's decision read exactly as the API reads it (BeslutRequestParser: each part checked, refused by its field),
 * for the beslutsfattare's page, which must accept and refuse what the API does.
 */
public final class Beslutsformular {

    private Beslutsformular() {
    }

    public static Beslut beslut(BeslutRequest begaran, int ar) {
        return BeslutRequestParser.beslut(begaran, ar);
    }
}
