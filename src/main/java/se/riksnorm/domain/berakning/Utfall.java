package se.riksnorm.domain.berakning;

import java.util.List;

/** The outcome of a calculation: a result, or every reason it cannot be made. */
public sealed interface Utfall<T> permits Utfall.Beraknat, Utfall.Avvisat {

    record Beraknat<T>(T resultat) implements Utfall<T> {
    }

    record Avvisat<T>(List<Fel> fel) implements Utfall<T> {

        public Avvisat {
            fel = List.copyOf(fel);
            if (fel.isEmpty()) {
                throw new IllegalArgumentException("ett avvisat utfall har minst ett fel");
            }
        }
    }
}
