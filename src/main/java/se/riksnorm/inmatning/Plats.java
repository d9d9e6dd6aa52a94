package se.riksnorm.inmatning;

/**
 * Where in an uploaded file a value stands: a worksheet's cell ({@code blad}, row from 1, column from 0), or a CSV
 * line and its column name ({@code blad} null).
 */
public record Plats(String blad, int rad, int kolumn, String kolumnnamn) {

    static Plats iBlad(String blad, int rad, int kolumn) {
        return new Plats(blad, rad, kolumn, null);
    }

    static Plats iCsv(int rad, String kolumnnamn) {
        return new Plats(null, rad, -1, kolumnnamn);
    }

    /** The column's letters as Excel shows them: 0 → A, 27 → AB. */
    static String bokstaver(int kolumn) {
        StringBuilder namn = new StringBuilder();
        for (int k = kolumn + 1; k > 0; k = (k - 1) / 26) {
            namn.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return namn.toString();
    }

    /** The place as a reference a program can use: {@code 'Underlag 2022'!C7}, or {@code rad 14, varde} in a CSV. */
    public String referens() {
        return blad == null ? "rad " + rad + ", " + kolumnnamn : "'" + blad.replace("'", "''") + "'!" + bokstaver(kolumn) + rad;
    }

    /** The place in words: "blad 'Underlag 2022', rad 7, kolumn C" or "rad 14, kolumn varde". */
    public String text() {
        return blad == null ? "rad " + rad + ", kolumn " + kolumnnamn
                : "blad '" + blad + "', rad " + rad + ", kolumn " + bokstaver(kolumn);
    }
}
