package se.riksnorm.export;

import java.util.List;
import java.util.Objects;

/**
 * A document for the nämnd, independent of its format: a title, a few lines saying what it is (status,
 * decision, sources), and sections of tables and text. The bilaga and the comparison are built as one;
 * HTML, PDF, XLSX and CSV are written from it, so they hold the same data.
 *
 * @param filnamn the file's name without extension, e.g. {@code bilaga-nykoping-2024-forslag-7}
 */
public record Dokument(String titel, String underrubrik, List<String> inledning, List<Avsnitt> avsnitt, String filnamn) {

    public Dokument {
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(underrubrik, "underrubrik");
        Objects.requireNonNull(filnamn, "filnamn");
        inledning = List.copyOf(inledning);
        avsnitt = List.copyOf(avsnitt);
    }
}
