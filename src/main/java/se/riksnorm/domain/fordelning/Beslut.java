package se.riksnorm.domain.fordelning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The nämnd's decision that fixed a fördelning, e.g. Socialnämnden i Nyköping 2022-12-08, Dnr SN22/37,
 * on the tjänsteskrivelse of 2022-11-21. Where only the table survives (Nyköping's 2022 split is known
 * from the 2023 decision's bilaga, not from its own decision), the unknown parts are {@code null} and
 * {@code underlag} says where the table was taken from.
 *
 * @param datum the date of the decision, or {@code null} where it is not known
 * @param paragraf the protocol's § number, or {@code null} where the source does not give it
 * @param diarienummer the Dnr, or {@code null} where it is not known
 * @param tjansteskrivelseDatum the date of the tjänsteskrivelse the bilaga belongs to, or {@code null}
 * @param underlag the document the figures were taken from
 */
public record Beslut(String namnd, LocalDate datum, String paragraf, String diarienummer,
                     LocalDate tjansteskrivelseDatum, String underlag) {

    public Beslut {
        Objects.requireNonNull(namnd, "namnd");
        Objects.requireNonNull(underlag, "underlag");
    }
}
