package se.riksnorm.domain.berakning;

import java.util.List;
import java.util.function.Function;

/**
 * The outcome of a calculation: a result, or every reason it cannot be made. {@link #map} and {@link #flatMap}
 * carry a refusal through a chain of steps untouched, so no caller unwraps it by hand.
 */
public sealed interface Utfall<T> permits Utfall.Beraknat, Utfall.Avvisat {

    static <T> Utfall<T> beraknat(T resultat) {
        return new Beraknat<>(resultat);
    }

    /** The value if no reason was found against it, otherwise every reason. */
    static <T> Utfall<T> om(List<Fel> fel, T varde) {
        return fel.isEmpty() ? new Beraknat<>(varde) : new Avvisat<>(fel);
    }

    /** A refusal ({@code avvisat} is one) as a refusal of another type: the same reasons. */
    static <T> Utfall<T> avvisat(Utfall<?> avvisat) {
        return new Avvisat<>(((Avvisat<?>) avvisat).fel());
    }

    <R> Utfall<R> map(Function<? super T, ? extends R> steg);

    <R> Utfall<R> flatMap(Function<? super T, Utfall<R>> steg);

    /** One of the two: the result's value, or the refusal's. */
    <R> R fold(Function<? super T, ? extends R> beraknat, Function<List<Fel>, ? extends R> avvisat);

    record Beraknat<T>(T resultat) implements Utfall<T> {

        @Override
        public <R> Utfall<R> map(Function<? super T, ? extends R> steg) {
            return new Beraknat<>(steg.apply(resultat));
        }

        @Override
        public <R> Utfall<R> flatMap(Function<? super T, Utfall<R>> steg) {
            return steg.apply(resultat);
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> beraknat, Function<List<Fel>, ? extends R> avvisat) {
            return beraknat.apply(resultat);
        }
    }

    record Avvisat<T>(List<Fel> fel) implements Utfall<T> {

        public Avvisat {
            fel = List.copyOf(fel);
            if (fel.isEmpty()) {
                throw new IllegalArgumentException("ett avvisat utfall har minst ett fel");
            }
        }

        @Override
        public <R> Utfall<R> map(Function<? super T, ? extends R> steg) {
            return new Avvisat<>(fel);
        }

        @Override
        public <R> Utfall<R> flatMap(Function<? super T, Utfall<R>> steg) {
            return new Avvisat<>(fel);
        }

        @Override
        public <R> R fold(Function<? super T, ? extends R> beraknat, Function<List<Fel>, ? extends R> avvisat) {
            return avvisat.apply(fel);
        }
    }
}
