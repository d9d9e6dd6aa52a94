package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;

/**
 * What a step on a proposal did, shown once after the redirect back to it ({@code ?klart=sparat-3}, {@code umgangesnorm},
 * {@code overlamnat}); any other value shows nothing.
 */
final class Klartmeddelande {

    static final String SPARAT = "sparat-";

    private Klartmeddelande() {
    }

    static @Nullable String av(@Nullable String klart) {
        if (klart == null) {
            return null;
        }
        if (klart.startsWith(SPARAT)) {
            String antal = klart.substring(SPARAT.length());
            return "1".equals(antal) ? "Ändringen är sparad i förslagets historik." : "Ändringarna är sparade i förslagets historik ("
                    + (antal.matches("[0-9]{1,3}") ? antal : "flera") + " celler).";
        }
        return switch (klart) {
            case "umgangesnorm" -> "Umgängesnormen är bekräftad.";
            case "overlamnat" -> "Förslaget är överlämnat för beslut. Beslutsfattaren ser det nu bland förslagen att besluta.";
            default -> null;
        };
    }
}
