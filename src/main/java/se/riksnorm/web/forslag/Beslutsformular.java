package se.riksnorm.web.forslag;

import se.riksnorm.web.problem.Problems;
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

    /** The decided version a new decision replaces, as typed; empty for none. */
    public static Integer ersatter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{1,6}")) {
            throw Problems.ogiltigtVarde("ersatter", text, "ersatter är versionens nummer, t.ex. 1.");
        }
        return Integer.valueOf(text.strip());
    }
}
