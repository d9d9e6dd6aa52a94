package se.riksnorm.inmatning;

import java.util.List;

/**
 * An upload refused before anything was stored, with every problem found and where. Carries no stack trace: it is
 * an answer, not a fault.
 */
public class InmatningAvvisad extends RuntimeException {

    /** Why, which decides the answer's status. */
    public enum Orsak {
        /** The file is read but its table is wrong: a missing column, a text where a number belongs, a formula … (422). */
        OGILTIG_TABELL,
        /** Larger than the service reads, whole or unpacked (413). */
        FOR_STOR,
        /** Not a kind of file the service reads: a macro-enabled or old-format workbook, not a workbook at all (415). */
        OTILLATEN_FIL
    }

    private final Orsak orsak;
    private final List<Tabellfel> fel;

    public InmatningAvvisad(Orsak orsak, String sammanfattning, List<Tabellfel> fel) {
        super(sammanfattning, null, false, false);
        this.orsak = orsak;
        this.fel = List.copyOf(fel);
    }

    static InmatningAvvisad enda(Orsak orsak, Plats plats, String meddelande) {
        return new InmatningAvvisad(orsak, meddelande, List.of(new Tabellfel(plats, meddelande)));
    }

    public Orsak orsak() {
        return orsak;
    }

    public List<Tabellfel> fel() {
        return fel;
    }
}
