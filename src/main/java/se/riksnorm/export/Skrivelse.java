package se.riksnorm.export;

import java.util.List;
import java.util.Objects;

/**
 * A written paper for the nämnd, independent of its format: a tjänsteskrivelse or a protokollsförslag (the seed:
 * Nyköping SN22/37). A head of label–value lines (date, Dnr, nämnd), the matter's title, then blocks of headings,
 * paragraphs, lists, tables and a chart. Whatever the service cannot know (the barnrättsprövning, the signature, a
 * date not yet set) is a {@link Textdel#platshallare() placeholder}, shown marked in every format and never filled
 * in by the service. DOCX and PDF (through HTML) are written from it, so they say the same.
 *
 * @param kommun the heading above everything, e.g. "Nyköpings kommun"
 * @param dokumenttyp "Tjänsteskrivelse" or "Protokollsförslag"
 * @param arende the matter, e.g. "Fördelning av riksnormen för försörjningsstöd 2024"
 */
public record Skrivelse(String kommun, String dokumenttyp, List<Huvudrad> huvud, String arende, List<Block> block,
                        String filnamn) {

    public Skrivelse {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(dokumenttyp, "dokumenttyp");
        Objects.requireNonNull(arende, "arende");
        Objects.requireNonNull(filnamn, "filnamn");
        huvud = List.copyOf(huvud);
        block = List.copyOf(block);
    }

    /** A line of the head: "Datum", "Dnr", "Till" … and its value, which may be a placeholder. */
    public record Huvudrad(String etikett, Textdel varde) {
    }

    /** A piece of text, or a placeholder the sakkunnig must fill in (written in square brackets, marked). */
    public record Textdel(String text, boolean platshallare) {

        public static Textdel text(String text) {
            return new Textdel(text, false);
        }

        public static Textdel fyllI(String vad) {
            return new Textdel(vad, true);
        }

        /** The text as it stands in the paper: a placeholder in brackets. */
        public String skriven() {
            return platshallare ? "[" + text + "]" : text;
        }
    }

    /** A block of the body. */
    public sealed interface Block permits Rubrik, Stycke, Punktlista, Tabell, Bild, Sidbrytning {

        default String slag() {
            return getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Rubrik(String text) implements Block {
    }

    public record Stycke(List<Textdel> delar) implements Block {

        public Stycke {
            delar = List.copyOf(delar);
        }

        public static Stycke av(String text) {
            return new Stycke(List.of(Textdel.text(text)));
        }

        public static Stycke fyllI(String vad) {
            return new Stycke(List.of(Textdel.fyllI(vad)));
        }

        /** The paragraph as plain text, placeholders in brackets. */
        public String text() {
            StringBuilder text = new StringBuilder();
            delar.forEach(del -> text.append(del.skriven()));
            return text.toString();
        }
    }

    /** A list; {@code numrerad} for the decision's points and the bilagor. */
    public record Punktlista(List<String> punkter, boolean numrerad) implements Block {

        public Punktlista {
            punkter = List.copyOf(punkter);
        }
    }

    public record Tabell(Tabellavsnitt tabell) implements Block {
    }

    /**
     * A chart as PNG.
     *
     * @param bredd the width in the document, CSS pixels (96 per inch)
     * @param alt what it shows, for a reader who cannot see it
     */
    public record Bild(byte[] png, int bredd, int hojd, String alt) implements Block {

        /** The picture inline, for the HTML page (the PDF's printer fetches nothing from outside the page). */
        public String dataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        }
    }

    public record Sidbrytning() implements Block {
    }
}
