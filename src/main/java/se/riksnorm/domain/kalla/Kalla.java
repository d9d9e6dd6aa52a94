package se.riksnorm.domain.kalla;

import java.util.Objects;

/**
 * Where a figure comes from: a decision, a statute or a page, and how much it can be trusted.
 * Sources are named once in {@code norms/kallor.yaml} and referred to by id beside every value.
 */
public record Kalla(String id, String titel, Tillforlitlighet tillforlitlighet, String referens) {

    public Kalla {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(tillforlitlighet, "tillforlitlighet");
    }
}
