package se.riksnorm.export;

/** A cell of a document's table: an amount, a percentage or a text, each written in Swedish. */
public sealed interface Dokumentvarde permits Beloppsvarde, Procentvarde, Textvarde {

    /** The cell as a reader sees it: "2 026", "−34", "8,6 %", "–". */
    String text();

    /** The cell for a machine (CSV): "2026", "-34", "8.6", "". */
    String data();
}
