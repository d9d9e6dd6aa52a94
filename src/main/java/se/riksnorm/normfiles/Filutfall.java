package se.riksnorm.normfiles;

import java.util.List;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * The outcome for one norms file.
 *
 * @param skillnader the differences between the stored table and the file, for {@link Utfall#UPPDATERAD}
 *                   and {@link Utfall#VAGRAD}
 * @param avvikelser the findings of the table as stored, so an error is flagged the moment it is loaded
 */
public record Filutfall(String fil, Utfall utfall, String meddelande, List<Skillnad> skillnader, List<String> avvikelser) {

    public Filutfall {
        skillnader = List.copyOf(skillnader);
        avvikelser = List.copyOf(avvikelser);
    }

    public static Filutfall fel(String fil, String meddelande) {
        return new Filutfall(fil, Utfall.FEL, meddelande, List.of(), List.of());
    }
}
