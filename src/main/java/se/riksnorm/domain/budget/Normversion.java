package se.riksnorm.domain.budget;

import java.util.Objects;

/**
 * A norm version a caseload is calculated under: the year (its national riksnorm and the law of its months) and
 * which kommun table (docs/adr/0120). Written {@code 2023}, {@code 2024:forslag-1}, {@code 2027:riksnorm}.
 *
 * @param forslag the proposal's id, for {@link Tabellval#FORSLAG} only
 */
public record Normversion(int ar, Tabellval tabell, Long forslag) {

    public Normversion {
        Objects.requireNonNull(tabell, "tabell");
        if ((tabell == Tabellval.FORSLAG) != (forslag != null)) {
            throw new IllegalArgumentException("ett förslags id anges för tabellvalet FORSLAG och bara då");
        }
    }

    /** The version as written in a request. */
    public String text() {
        return switch (tabell) {
            case BESLUTAD -> Integer.toString(ar);
            case FORSLAG -> ar + ":forslag-" + forslag;
            case RIKSNORM -> ar + ":riksnorm";
        };
    }
}
