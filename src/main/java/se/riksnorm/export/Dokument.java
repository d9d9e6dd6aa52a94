package se.riksnorm.export;

import java.util.List;
import java.util.Objects;

/**
 * A document for the nämnd, independent of its format, headed as the seed's bilaga is (SN22/37: "NYKÖPINGS
 * KOMMUN / UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2023 / Budgetposternas storlek i kronor för
 * uppehälle"): the kommun, a title and a subtitle; a few lines saying what it is (status, decision, the
 * riksnorm's state); sections of tables and text; and notes on how the figures were made, kept out of the
 * tables. The bilaga and the comparison are built as one; HTML, PDF, XLSX and CSV are written from it, so they
 * hold the same data.
 *
 * @param kommun the heading above the title, e.g. "Nyköpings kommun" (set in capitals, as the seed does)
 * @param noter how the figures were made, in words for a reader who asks ("största rest per kolumn")
 * @param filnamn the file's name without extension, e.g. {@code bilaga-nykoping-2024-forslag-7}
 */
public record Dokument(String kommun, String titel, String underrubrik, List<String> inledning, List<Avsnitt> avsnitt,
                       List<String> noter, String filnamn) {

    public Dokument {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(underrubrik, "underrubrik");
        Objects.requireNonNull(filnamn, "filnamn");
        inledning = List.copyOf(inledning);
        avsnitt = List.copyOf(avsnitt);
        noter = List.copyOf(noter);
    }
}
