package se.riksnorm.domain.fordelning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * The budget posts a kommun splits each riksnorm total over (SoL 4 kap. 3 §; the posts of Nyköping
 * SN22/37's bilaga). Five are personal, two belong to the household.
 */
public enum Behovspost {
    LIVSMEDEL("livsmedel", "Livsmedel", true),
    KLADER_OCH_SKOR("klader_och_skor", "Kläder och skor", true),
    FRITID_OCH_LEK("fritid_och_lek", "Fritid och lek", true),
    HYGIEN("hygien", "Hygien", true),
    BARN_OCH_UNGDOMSFORSAKRING("barn_och_ungdomsforsakring", "Barn- och ungdomsförsäkring", true),
    FORBRUKNINGSVAROR("forbrukningsvaror", "Förbrukningsvaror i hemmet", false),
    TELEFON_OCH_DAGSTIDNING("telefon_och_dagstidning", "Telefon, dagstidning m.m.", false);

    private final String nyckel;
    private final String benamning;
    private final boolean personlig;

    Behovspost(String nyckel, String benamning, boolean personlig) {
        this.nyckel = nyckel;
        this.benamning = benamning;
        this.personlig = personlig;
    }

    public String nyckel() {
        return nyckel;
    }

    public String benamning() {
        return benamning;
    }

    public boolean arPersonlig() {
        return personlig;
    }

    /** Barn- och ungdomsförsäkring is a post for children only; the adult columns have no such post. */
    public boolean galler(Aldersgrupp grupp) {
        return personlig && (this != BARN_OCH_UNGDOMSFORSAKRING || grupp.arBarn());
    }

    public static List<Behovspost> personliga(Aldersgrupp grupp) {
        return Arrays.stream(values()).filter(p -> p.galler(grupp)).toList();
    }

    public static List<Behovspost> gemensamma() {
        return Arrays.stream(values()).filter(p -> !p.personlig).toList();
    }

    public static Optional<Behovspost> forNyckel(String nyckel) {
        return Arrays.stream(values()).filter(p -> p.nyckel.equals(nyckel)).findFirst();
    }
}
