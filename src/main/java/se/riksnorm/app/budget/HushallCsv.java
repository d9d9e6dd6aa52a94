package se.riksnorm.app.budget;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.domain.budget.Budgethushall;
import se.riksnorm.domain.kommun.Aldersbyte;

/**
 * A caseload in CSV, one row per person (docs/adr/0121): {@code ;}-separated as Swedish Excel writes it, UTF-8 with or
 * without a byte-order mark, a header naming the columns ({@link Csvkolumn}) in any order, fields optionally in double
 * quotes. A household's rows stand one after the other. Read row by row as the upload arrives.
 *
 * <p>The upload is refused whole when it cannot be a caseload (empty, another separator, an unknown or missing column,
 * anything that looks like a personnummer). A single bad row makes its household an error, with the row's number;
 * the other households are read on.
 */
public final class HushallCsv implements HushallReader {

    public static final char AVGRANSARE = ';';
    /** ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN and their like: never needed, never taken in. */
    static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+ ]?\\d{4}(?!\\d)");
    private static final Pattern PERSONNUMMERKOLUMN = Pattern.compile("(?i).*(personn|pers\\.?nr|pnr|personnr|ssn|samordningsn).*");
    private static final long STORSTA_BELOPP = 10_000_000;
    private static final int STORSTA_ALDER = 130;

    private final Underlagsrader lasare;
    private final Underlagsgranser granser;
    private final YearMonth per;
    private final Aldersbyte aldersbyte;
    private final Csvkolumn[] kolumner;
    private final Idminne sedda;
    /** The first row of the next household, read while finishing the one before. */
    private Personrad nastaRad;
    /** Rows without a readable id met inside a household: answered after it, without ending it. */
    private final java.util.ArrayDeque<Hushallsrad> fristaende = new java.util.ArrayDeque<>();
    private long rader;
    private boolean slut;

    /**
     * @param per the month the caseload describes: a birth date becomes the age in that month (by the kommun's
     *            {@code aldersbyte}), held in every month calculated
     */
    public HushallCsv(InputStream in, Underlagsgranser granser, YearMonth per, Aldersbyte aldersbyte) {
        this.lasare = new Underlagsrader(in, granser.storstaRad(), granser.storstaFil());
        this.granser = granser;
        this.per = per;
        this.aldersbyte = aldersbyte;
        this.kolumner = rubrik();
        this.sedda = new Idminne(granser.storstaAntalHushall());
    }

    /** The header every template starts with: every column in its order. */
    public static String mall() {
        StringBuilder rubrik = new StringBuilder();
        for (Csvkolumn kolumn : Csvkolumn.values()) {
            rubrik.append(rubrik.isEmpty() ? "" : String.valueOf(AVGRANSARE)).append(kolumn.namn());
        }
        return rubrik.toString();
    }

    @Override
    public long rader() {
        return rader;
    }

    @Override
    public Hushallsrad nasta() {
        if (!fristaende.isEmpty()) {
            return fristaende.poll();
        }
        Personrad forsta = nastaRad != null ? nastaRad : lasRad();
        nastaRad = null;
        if (forsta == null) {
            return null;
        }
        if (forsta.id == null) {
            return Hushallsrad.fel(forsta.rad, null, forsta.fel);
        }
        List<Personrad> personer = new ArrayList<>();
        personer.add(forsta);
        while (true) {
            Personrad rad = lasRad();
            if (rad == null) {
                break;
            }
            if (rad.id == null) {
                fristaende.add(Hushallsrad.fel(rad.rad, null, rad.fel));
                continue;
            }
            if (!forsta.id.equals(rad.id)) {
                nastaRad = rad;
                break;
            }
            if (personer.size() <= granser.storstaHushall()) {
                personer.add(rad);
            }
        }
        return hushall(forsta.id, forsta.rad, personer);
    }

    private Hushallsrad hushall(String id, long rad, List<Personrad> personer) {
        List<Fel> fel = new ArrayList<>();
        if (!sedda.lagg(id)) {
            fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, "hushall", "Hushållet " + id + " har rader på flera ställen i filen; "
                    + "ett hushålls rader ska stå i följd (raden " + rad + " börjar en ny följd)."));
        }
        if (personer.size() > granser.storstaHushall()) {
            fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, "hushall", "Hushållet " + id + " har fler än " + granser.storstaHushall()
                    + " personer."));
        }
        for (Personrad person : personer) {
            fel.addAll(person.fel);
        }
        if (!fel.isEmpty()) {
            return Hushallsrad.fel(rad, id, fel);
        }
        List<Medlem> medlemmar = new ArrayList<>(personer.size());
        Map<Kostnadstyp, Long> kostnadssummor = new EnumMap<>(Kostnadstyp.class);
        Map<Inkomsttyp, Long> inkomstsummor = new EnumMap<>(Inkomsttyp.class);
        List<Inkomst> inkomster = new ArrayList<>();
        int ovriga = 0;
        for (int i = 0; i < personer.size(); i++) {
            Personrad p = personer.get(i);
            String etikett = "person " + (i + 1);
            medlemmar.add(new Medlem(etikett, null, p.alder, p.roll, p.dagar, p.lunch));
            ovriga = Math.max(ovriga, p.ovriga);
            p.kostnader.forEach((typ, belopp) -> kostnadssummor.merge(typ, belopp, Long::sum));
            p.inkomster.forEach((typ, belopp) -> {
                if (typ == Inkomsttyp.LON) {
                    inkomster.add(new Inkomst(Inkomsttyp.LON, Kronor.of(belopp), etikett, p.jobbstimulans, null));
                } else {
                    inkomstsummor.merge(typ, belopp, Long::sum);
                }
            });
        }
        List<Kostnad> kostnader = new ArrayList<>(kostnadssummor.size());
        kostnadssummor.forEach((typ, belopp) -> kostnader.add(new Kostnad(typ, Kronor.of(belopp), null)));
        inkomstsummor.forEach((typ, belopp) -> inkomster.add(new Inkomst(typ, Kronor.of(belopp), null, false, null)));
        return Hushallsrad.hushall(new Budgethushall(id, rad, medlemmar, ovriga, kostnader, inkomster));
    }

    /** The next row as a person, or {@code null} at the end; blank rows are skipped. */
    private Personrad lasRad() {
        while (!slut) {
            String text = lasare.nasta();
            if (text == null) {
                slut = true;
                return null;
            }
            long nummer = lasare.radnummer();
            if (text != Underlagsrader.FOR_LANG && text.isBlank()) {
                continue;
            }
            if (++rader > granser.storstaAntalRader()) {
                throw new Underlagsvagran(Underlagsvagran.Orsak.FOR_STORT, null, null, "Underlaget har fler än "
                        + granser.storstaAntalRader() + " rader.");
            }
            if (text == Underlagsrader.FOR_LANG) {
                return Personrad.fel(nummer, null, "rad", "Raden " + nummer + " är längre än " + granser.storstaRad() + " byte.");
            }
            return person(nummer, text);
        }
        return null;
    }

    private Personrad person(long nummer, String text) {
        List<String> falt = falt(text);
        if (falt == null) {
            return Personrad.fel(nummer, null, "rad", "Raden " + nummer + " har ett citattecken som inte avslutas.");
        }
        String id = falt.size() > index(Csvkolumn.HUSHALL) ? falt.get(index(Csvkolumn.HUSHALL)).strip() : null;
        if (id != null && PERSONNUMMER.matcher(id).find()) {
            throw personnummer("hushall", nummer);
        }
        if (falt.size() != kolumner.length) {
            return Personrad.fel(nummer, id == null || id.isEmpty() ? null : id, "rad", "Raden " + nummer + " har " + falt.size()
                    + " fält men rubriken " + kolumner.length + " (avgränsare " + AVGRANSARE + ").");
        }
        if (id.isEmpty()) {
            return Personrad.fel(nummer, null, "hushall", "Raden " + nummer + " saknar hushållets id.");
        }
        if (id.length() > 60) {
            return Personrad.fel(nummer, null, "hushall", "Raden " + nummer + ": hushållets id är längre än 60 tecken.");
        }
        Personrad p = new Personrad(nummer, id);
        for (int i = 0; i < kolumner.length; i++) {
            String varde = falt.get(i).strip();
            if (!varde.isEmpty() && kolumner[i] != Csvkolumn.HUSHALL) {
                p.satt(kolumner[i], varde, this);
            }
        }
        if (p.roll == null && p.fel.isEmpty()) {
            p.fel(Csvkolumn.ROLL.namn(), "rollen saknas");
        }
        if (p.alder == null && p.fel.isEmpty()) {
            p.fel(Csvkolumn.ALDER.namn(), "ange fodelsedatum eller alder");
        }
        return p;
    }

    /** The fields of a row: split at the separator outside quotes, "" inside quotes a quote; {@code null} for an open quote. */
    static List<String> falt(String rad) {
        List<String> falt = new ArrayList<>();
        int i = 0;
        int n = rad.length();
        while (true) {
            if (i < n && rad.charAt(i) == '"') {
                StringBuilder varde = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = rad.charAt(i++);
                    if (c == '"') {
                        if (i < n && rad.charAt(i) == '"') {
                            varde.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        varde.append(c);
                    }
                }
                int slutet = rad.indexOf(AVGRANSARE, i);
                falt.add(varde.toString());
                if (slutet < 0) {
                    return falt;
                }
                i = slutet + 1;
            } else {
                int slutet = rad.indexOf(AVGRANSARE, i);
                if (slutet < 0) {
                    falt.add(rad.substring(i));
                    return falt;
                }
                falt.add(rad.substring(i, slutet));
                i = slutet + 1;
            }
        }
    }

    private int index(Csvkolumn kolumn) {
        for (int i = 0; i < kolumner.length; i++) {
            if (kolumner[i] == kolumn) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private Csvkolumn[] rubrik() {
        String rubrik;
        do {
            rubrik = lasare.nasta();
        } while (rubrik != null && rubrik != Underlagsrader.FOR_LANG && rubrik.isBlank());
        if (rubrik == null) {
            throw ogiltigt(null, null, "Underlaget är tomt: det ska börja med en rubrikrad (" + mall() + ") och ha en rad per person.");
        }
        if (rubrik == Underlagsrader.FOR_LANG) {
            throw ogiltigt("rubrik", null, "Rubrikraden är längre än " + granser.storstaRad() + " byte.");
        }
        if (rubrik.indexOf(AVGRANSARE) < 0) {
            String annan = rubrik.indexOf('\t') >= 0 ? "tabb" : rubrik.indexOf(',') >= 0 ? "kommatecken (,)" : null;
            if (annan != null) {
                throw ogiltigt("avgransare", annan, "Kolumnerna är avgränsade med " + annan + "; underlaget avgränsas med semikolon (;), "
                        + "som svenska Excel sparar CSV. Spara om filen som \"CSV (semikolonavgränsad)\".");
            }
        }
        List<String> namn = falt(rubrik);
        if (namn == null) {
            throw ogiltigt("rubrik", rubrik, "Rubrikraden har ett citattecken som inte avslutas.");
        }
        Csvkolumn[] lista = new Csvkolumn[namn.size()];
        List<String> okanda = new ArrayList<>();
        for (int i = 0; i < namn.size(); i++) {
            String text = namn.get(i).strip();
            if (PERSONNUMMERKOLUMN.matcher(text).matches()) {
                throw new Underlagsvagran(Underlagsvagran.Orsak.PERSONNUMMER, "rubrik", text, "Kolumnen '" + text + "' ser ut att "
                        + "hålla personnummer. Underlaget behöver inga: hushållets id, roll och ålder räcker. Ta bort kolumnen.");
            }
            Csvkolumn kolumn = Csvkolumn.av(text).orElse(null);
            if (kolumn == null) {
                okanda.add(text);
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (lista[j] == kolumn) {
                    throw ogiltigt("rubrik", text, "Kolumnen " + kolumn.namn() + " står två gånger i rubrikraden.");
                }
            }
            lista[i] = kolumn;
        }
        if (!okanda.isEmpty()) {
            throw ogiltigt("rubrik", String.join(";", okanda), "Okänd kolumn " + String.join(", ", okanda.stream().map(k -> "'" + k + "'")
                    .toList()) + ". Kolumnerna är: " + mall().replace(AVGRANSARE, ' ') + " (mallen: GET /api/v1/budgetpaverkan/mall.csv).");
        }
        List<Csvkolumn> angivna = List.of(lista);
        for (Csvkolumn kravd : List.of(Csvkolumn.HUSHALL, Csvkolumn.ROLL)) {
            if (!angivna.contains(kravd)) {
                throw ogiltigt("rubrik", rubrik, "Kolumnen " + kravd.namn() + " saknas i rubrikraden.");
            }
        }
        if (!angivna.contains(Csvkolumn.FODELSEDATUM) && !angivna.contains(Csvkolumn.ALDER)) {
            throw ogiltigt("rubrik", rubrik, "Ange fodelsedatum eller alder: en av kolumnerna behövs.");
        }
        return lista;
    }

    private static Underlagsvagran ogiltigt(String falt, String varde, String detalj) {
        return new Underlagsvagran(Underlagsvagran.Orsak.OGILTIGT_UNDERLAG, falt, varde, detalj);
    }

    private static Underlagsvagran personnummer(String kolumn, long rad) {
        return new Underlagsvagran(Underlagsvagran.Orsak.PERSONNUMMER, kolumn, null, "Rad " + rad + ": kolumnen " + kolumn
                + " ser ut att hålla ett personnummer. Underlaget behöver inga och tar inte emot något; ta bort dem och skicka igen.");
    }

    @Override
    public void close() {
        lasare.stang();
    }

    /** One person's row, read; its errors name the row. */
    private static final class Personrad {
        final long rad;
        final String id;
        final List<Fel> fel = new ArrayList<>(0);
        Roll roll;
        Integer alder;
        Integer dagar;
        boolean lunch;
        boolean jobbstimulans;
        int ovriga;
        final Map<Kostnadstyp, Long> kostnader = new EnumMap<>(Kostnadstyp.class);
        final Map<Inkomsttyp, Long> inkomster = new EnumMap<>(Inkomsttyp.class);

        Personrad(long rad, String id) {
            this.rad = rad;
            this.id = id;
        }

        static Personrad fel(long rad, String id, String falt, String meddelande) {
            Personrad p = new Personrad(rad, id);
            p.fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, falt, meddelande));
            return p;
        }

        void fel(String falt, String meddelande) {
            fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, falt, "Rad " + rad + ", " + falt + ": " + meddelande + "."));
        }

        void satt(Csvkolumn kolumn, String varde, HushallCsv csv) {
            switch (kolumn) {
                case ROLL -> {
                    try {
                        roll = Roll.valueOf(varde.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        fel(kolumn.namn(), "'" + varde + "' är ingen roll (" + Csvkolumn.ROLL.beskrivning() + ")");
                    }
                }
                case FODELSEDATUM -> {
                    if (PERSONNUMMER.matcher(varde).find()) {
                        throw personnummer(kolumn.namn(), rad);
                    }
                    try {
                        LocalDate fodd = LocalDate.parse(varde);
                        if (YearMonth.from(fodd).isAfter(csv.per)) {
                            fel(kolumn.namn(), varde + " är efter underlagets månad " + csv.per);
                        } else {
                            alder = csv.aldersbyte.alderFor(fodd, csv.per);
                        }
                    } catch (DateTimeParseException e) {
                        fel(kolumn.namn(), "'" + varde + "' är inte ett datum på formen ÅÅÅÅ-MM-DD");
                    }
                }
                case ALDER -> {
                    if (alder == null) {
                        alder = heltal(kolumn, varde, 0, STORSTA_ALDER);
                    }
                }
                case DAGAR -> dagar = heltal(kolumn, varde, 0, 31);
                case LUNCH_I_FORSKOLAN -> lunch = janej(kolumn, varde);
                case JOBBSTIMULANS -> jobbstimulans = janej(kolumn, varde);
                case OVRIGA_I_HUSHALLET -> {
                    Integer antal = heltal(kolumn, varde, 0, 30);
                    ovriga = antal == null ? 0 : antal;
                }
                default -> {
                    Integer belopp = heltal(kolumn, varde.replace(" ", "").replace("\u00a0", ""), 0, STORSTA_BELOPP);
                    if (belopp != null && belopp > 0) {
                        if (kolumn.kostnad() != null) {
                            kostnader.merge(kolumn.kostnad(), belopp.longValue(), Long::sum);
                        } else {
                            inkomster.merge(kolumn.inkomst(), belopp.longValue(), Long::sum);
                        }
                    }
                }
            }
        }

        private Integer heltal(Csvkolumn kolumn, String varde, long minst, long mest) {
            try {
                long tal = Long.parseLong(varde);
                if (tal < minst || tal > mest) {
                    fel(kolumn.namn(), varde + " ligger utanför " + minst + "–" + mest);
                    return null;
                }
                return (int) tal;
            } catch (NumberFormatException e) {
                fel(kolumn.namn(), "'" + varde + "' är inte ett heltal" + (varde.contains(",") || varde.contains(".")
                        ? " (belopp i hela kronor)" : ""));
                return null;
            }
        }

        private boolean janej(Csvkolumn kolumn, String varde) {
            switch (varde.toLowerCase(Locale.ROOT)) {
                case "ja", "j", "true", "1", "x" -> {
                    return true;
                }
                case "nej", "n", "false", "0" -> {
                    return false;
                }
                default -> {
                    fel(kolumn.namn(), "'" + varde + "' är varken ja eller nej");
                    return false;
                }
            }
        }
    }
}
