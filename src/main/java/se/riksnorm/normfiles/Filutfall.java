package se.riksnorm.normfiles;

import java.util.List;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * The outcome for one norms file.
 *
 * @param skillnader the differences between the stored table and the file, for {@link Inlasningsutfall#UPPDATERAD}
 *                   and {@link Inlasningsutfall#VAGRAD}
 * @param avvikelser the findings of the table as stored, so an error is flagged the moment it is loaded
 */
public record Filutfall(String fil, Inlasningsutfall utfall, String meddelande, List<Skillnad> skillnader, List<String> avvikelser) {

    public Filutfall {
        skillnader = List.copyOf(skillnader);
        avvikelser = List.copyOf(avvikelser);
    }

    public static Filutfall fel(String fil, String meddelande) {
        return new Filutfall(fil, Inlasningsutfall.FEL, meddelande, List.of(), List.of());
    }
}
