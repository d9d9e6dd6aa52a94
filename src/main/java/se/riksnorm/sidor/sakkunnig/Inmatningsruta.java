package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.web.kommun.InmatningResponse;

/**
 * The upload of a kommun's own table on the sakkunnig's page: the year asked for, and after an upload the API's answer
 * (the preview or the stored version, with its findings and notes, and the table in the bilaga's layout) or its refusal.
 *
 * @param fel the refusal's text (the API's problem detail), or null
 * @param felrader each error of the file with its sheet, row and column, as the API lists them
 */
public record Inmatningsruta(String ar, @Nullable InmatningResponse svar, @Nullable Rutnat rutnat, @Nullable String fel,
                             List<String> felrader) {

    public static Inmatningsruta tom(int ar) {
        return new Inmatningsruta(Integer.toString(ar), null, null, null, List.of());
    }

    public Inmatningsruta {
        felrader = List.copyOf(felrader);
    }
}
