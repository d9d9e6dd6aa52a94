package se.riksnorm.inmatning;

import se.riksnorm.domain.fordelning.FordelningCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * A kommun's fördelning uploaded in the layout of the service's own bilaga export (XLSX or CSV), so that export → edit
 * in Excel → upload is a round trip (docs/adr/0051). Read, found by its labels and cell keys, and checked cell by
 * cell; anything wrong is an {@link InmatningAvvisad} naming the sheet, row and column, and nothing is returned.
 */
public final class Tabellfil {

    /** The file kinds read here; JSON and YAML are the norms files' own format (normfiles). */
    public enum Format { XLSX, CSV }

    /**
     * The largest file read at all, the HTTP body limit (docs/adr/0144) for a caller that is not the HTTP adapter; the
     * bilaga's XLSX is about 8 kB, its CSV 10 kB.
     */
    public static final int STORSTA_FIL = 512 * 1024;

    private Tabellfil() {
    }

    /**
     * @param ar the year the table is entered for: a year the file's title or headings state must be it
     */
    public static Lastabell las(byte[] fil, Format format, int ar) {
        if (fil.length > STORSTA_FIL) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.FOR_STOR, null, "Filen är " + fil.length / 1024 + " kB; tjänsten läser "
                    + "högst " + STORSTA_FIL / 1024 + " kB (bilagans tabell är några kB).");
        }
        if (fil.length == 0) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OGILTIG_TABELL, null, "Filen är tom.");
        }
        List<String> anmarkningar = new ArrayList<>();
        Inlast inlast = format == Format.XLSX ? Tabelltolkning.avArbetsbok(XlsxReader.las(fil))
                : Tabelltolkning.avCsv(CsvReader.las(fil, anmarkningar));
        List<Tabellfel> fel = new ArrayList<>();
        for (Inlast.Arsuppgift uppgift : inlast.ar()) {
            if (uppgift.ar() != ar) {
                fel.add(new Tabellfel(uppgift.plats(), "filen gäller " + uppgift.ar() + " ('" + uppgift.text() + "'), men tabellen "
                        + "matas in för " + ar + "; varje år har sin riksnorm, och nästa års tabell föreslås ur årets (POST …/forslag)"));
            }
        }
        fel.addAll(inlast.fel());
        Map<Cell, Kronor> belopp = Tabellbygge.belopp(new Inlast(inlast.celler(), inlast.summor(), inlast.ar(), inlast.rubriker(), fel));
        inlast.summor().forEach(summa -> summera(summa, belopp, anmarkningar));
        return new Lastabell(belopp, inlast.rubriker().stream().map(Ruta::text).toList(), anmarkningar);
    }

    /** A sum row is the file's own arithmetic: the service sums the posts itself and says where the file's sum differs. */
    private static void summera(Inlast.Summa summa, Map<Cell, Kronor> belopp, List<String> anmarkningar) {
        if (summa.ruta().tal() == null) {
            return;
        }
        Kronor raknad = Kronor.NOLL;
        String rubrik;
        if (summa.personliga()) {
            rubrik = "Summa personliga kostnader, " + summa.kolumn().grupp().benamning();
            for (Behovspost post : Behovspost.personliga(summa.kolumn().grupp())) {
                raknad = raknad.plus(belopp.getOrDefault(FordelningCells.personlig(post,
                        summa.kolumn().grupp()), Kronor.NOLL));
            }
        } else {
            rubrik = "Summa gemensamma kostnader, " + Kolumnrubrik.personer(summa.kolumn().personer());
            for (Behovspost post : Behovspost.gemensamma()) {
                raknad = raknad.plus(belopp.getOrDefault(FordelningCells.gemensam(post,
                        summa.kolumn().personer()), Kronor.NOLL));
            }
        }
        if (summa.ruta().tal().compareTo(raknad.toBigDecimal()) != 0) {
            anmarkningar.add(rubrik + " (" + summa.ruta().plats().text() + "): filen anger " + summa.ruta().tal().toPlainString()
                    + " kr, posterna summerar till " + raknad.svenskText() + "; tjänsten räknar summan själv.");
        }
    }
}
