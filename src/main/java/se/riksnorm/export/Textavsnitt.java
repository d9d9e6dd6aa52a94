package se.riksnorm.export;

import java.util.List;

/** Paragraphs under a heading: the hemmavarande-ungdom note, the findings. */
public record Textavsnitt(String rubrik, List<String> stycken) implements Avsnitt {

    public Textavsnitt {
        stycken = List.copyOf(stycken);
    }
}
