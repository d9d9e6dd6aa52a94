package se.riksnorm.inmatning;

import java.util.TreeSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Normtabell;

/**
 * Finds the fördelning in what a file holds by its labels, never by fixed positions: a row of column headings ("0 år" …
 * "Sammanboende", or "1 person" … "10 personer") starts a table, and every row below it whose label is a post's name,
 * a matnorm period or the umgängesnorm gives the cells under those headings, until the next headings. Rows above,
 * between and beside (a title, a kommun heading, a "Barn och ungdomar / Vuxna" group row, notes) are passed over. In
 * the CSV each line names its cell in the norms files' keys; where the key is blank the row and column labels place it.
 */
final class Tabelltolkning {

    private static final Pattern AR = Pattern.compile("\\b(19[0-9]{2}|20[0-9]{2})\\b");
    private static final List<String> ARSRUBRIKER = List.of("underlag för beräkning", "matnorm / umgängesnorm");

    private Tabelltolkning() {
    }

    static Inlast avArbetsbok(List<Blad> blad) {
        List<Blad> medTabell = blad.stream().filter(b -> !rubrikrader(b).isEmpty()).toList();
        if (medTabell.isEmpty()) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OGILTIG_TABELL, null, "Ingen tabell hittades: inget blad har "
                    + "bilagans kolumnrubriker (0 år, 1–2 år … Sammanboende och 1 person, 2 personer …).");
        }
        if (medTabell.size() > 1) {
            throw InmatningAvvisad.enda(InmatningAvvisad.Orsak.OGILTIG_TABELL, null, "Bilagans tabell finns på flera blad ("
                    + String.join(", ", medTabell.stream().map(Blad::namn).toList()) + "); ladda upp en arbetsbok med ett år.");
        }
        Blad valt = medTabell.get(0);
        List<Tabellfel> fel = new ArrayList<>();
        for (Blad b : blad) {
            b.formler().forEach(f -> fel.add(new Tabellfel(f.plats(), "cellen innehåller en formel (=" + f.formel() + "); tjänsten "
                    + "läser bara värden: kopiera och klistra in som värden")));
        }
        Map<Cell, Ruta> celler = new LinkedHashMap<>();
        List<Inlast.Summa> summor = new ArrayList<>();
        List<Inlast.Arsuppgift> ar = new ArrayList<>();
        List<Ruta> rubriker = new ArrayList<>();
        Map<Integer, Tabelletiketter.Kolumn> rubrik = null;
        for (Map.Entry<Integer, SortedMap<Integer, Ruta>> rad : valt.rader().entrySet()) {
            SortedMap<Integer, Ruta> rutor = rad.getValue();
            rutor.values().stream().filter(r -> r.tal() == null && r.text() != null).forEach(r -> arIText(r.plats(), r.text(), ar));
            Map<Integer, Tabelletiketter.Kolumn> kolumner = kolumner(rutor);
            if (kolumner.size() >= 2) {
                rubrik = kolumner;
                kravHelRubrik(rutor, kolumner, fel);
                continue;
            }
            int forstaVarde = rubrik == null ? Integer.MAX_VALUE : rubrik.keySet().iterator().next();
            Optional<Ruta> etikett = rutor.headMap(forstaVarde).values().stream()
                    .filter(r -> r.tal() == null && r.text() != null && !r.text().isBlank()).findFirst();
            Optional<Tabelletiketter.Rad> radslag = etikett.flatMap(e -> Tabelletiketter.rad(e.text()));
            if (radslag.isEmpty()) {
                if (rubrik == null) {
                    rutor.values().stream().filter(r -> r.text() != null && !r.text().isBlank()).forEach(rubriker::add);
                }
                continue;
            }
            if (rubrik == null) {
                fel.add(new Tabellfel(etikett.get().plats(), "raden '" + etikett.get().text() + "' står ovanför bilagans kolumnrubriker"));
                continue;
            }
            radensCeller(valt.namn(), rad.getKey(), etikett.get(), radslag.get(), rubrik, rutor, celler, summor, fel);
        }
        return new Inlast(celler, summor, ar, rubriker, fel);
    }

    private static void radensCeller(String blad, int radnummer, Ruta etikett, Tabelletiketter.Rad rad,
                                     Map<Integer, Tabelletiketter.Kolumn> rubrik, SortedMap<Integer, Ruta> rutor,
                                     Map<Cell, Ruta> celler, List<Inlast.Summa> summor, List<Tabellfel> fel) {
        for (Map.Entry<Integer, Tabelletiketter.Kolumn> kolumn : rubrik.entrySet()) {
            Ruta ruta = rutor.getOrDefault(kolumn.getKey(), new Ruta(Plats.iBlad(blad, radnummer, kolumn.getKey()), null, "", null));
            if (rad.slag() == Tabelletiketter.Radslag.SUMMA) {
                summor.add(new Inlast.Summa(kolumn.getValue().grupp() != null, kolumn.getValue(), ruta));
                continue;
            }
            Optional<Cell> cell = Tabelletiketter.cell(rad, kolumn.getValue());
            if (cell.isEmpty()) {
                fel.add(new Tabellfel(etikett.plats(), "raden '" + etikett.text() + "' hör inte till en tabell med kolumnerna "
                        + kolumn.getValue().rubrik() + " …; den står under fel rubrikrad"));
                return;
            }
            lagg(cell.get(), ruta, celler, fel);
        }
    }

    static Inlast avCsv(List<CsvRad> rader) {
        Map<Cell, Ruta> celler = new LinkedHashMap<>();
        List<Inlast.Summa> summor = new ArrayList<>();
        List<Inlast.Arsuppgift> ar = new ArrayList<>();
        List<Tabellfel> fel = new ArrayList<>();
        for (CsvRad rad : rader) {
            arIText(Plats.iCsv(rad.rad(), CsvReader.AVSNITT), rad.avsnitt(), ar);
            if (rad.varde().formel() != null) {
                fel.add(new Tabellfel(rad.varde().plats(), "värdet är en formel (" + rad.varde().formel() + "); tjänsten läser bara "
                        + "värden"));
            }
            Optional<Tabelletiketter.Rad> etikett = Tabelletiketter.rad(rad.etikett());
            Optional<Tabelletiketter.Kolumn> kolumn = Tabelletiketter.kolumn(rad.kolumnrubrik());
            if (!rad.cell().isEmpty()) {
                Optional<Cell> cell = cellnyckel(rad.cell());
                if (cell.isEmpty()) {
                    fel.add(new Tabellfel(Plats.iCsv(rad.rad(), CsvReader.CELL), "'" + rad.cell() + "' är ingen cell i en fördelning "
                            + "(tabell.rad.kolumn med normfilernas nycklar, t.ex. personliga_kostnader.livsmedel.ar_0)"));
                } else {
                    lagg(cell.get(), rad.varde(), celler, fel);
                }
            } else if (etikett.isPresent() && etikett.get().slag() == Tabelletiketter.Radslag.SUMMA && kolumn.isPresent()) {
                summor.add(new Inlast.Summa(kolumn.get().grupp() != null, kolumn.get(), rad.varde()));
            } else if (etikett.isPresent() && kolumn.isPresent() && Tabelletiketter.cell(etikett.get(), kolumn.get()).isPresent()) {
                lagg(Tabelletiketter.cell(etikett.get(), kolumn.get()).get(), rad.varde(), celler, fel);
            } else if (!rad.varde().tom()) {
                fel.add(new Tabellfel(Plats.iCsv(rad.rad(), CsvReader.CELL), "raden kan inte placeras i tabellen: cell är tom och "
                        + "rad '" + rad.etikett() + "' och kolumn '" + rad.kolumnrubrik() + "' är inte bilagans"));
            }
        }
        return new Inlast(celler, summor, ar, List.of(), fel);
    }

    private static void lagg(Cell cell, Ruta ruta, Map<Cell, Ruta> celler, List<Tabellfel> fel) {
        Ruta tidigare = celler.putIfAbsent(cell, ruta);
        if (tidigare != null) {
            fel.add(new Tabellfel(ruta.plats(), "cellen " + cell.sokvag() + " finns redan (" + tidigare.plats().text() + ")"));
        }
    }

    /** The cell a CSV line names: table, row and column in the norms files' keys. */
    private static Optional<Cell> cellnyckel(String nyckel) {
        String[] delar = nyckel.strip().split("\\.", -1);
        if (delar.length != 3) {
            return Optional.empty();
        }
        for (Normtabell tabell : Normtabell.values()) {
            if (tabell.nyckel().equals(delar[0]) && !delar[1].isEmpty() && !delar[2].isEmpty()) {
                return Optional.of(new Cell(tabell, delar[1], delar[2]));
            }
        }
        return Optional.empty();
    }

    private static Map<Integer, Tabelletiketter.Kolumn> kolumner(SortedMap<Integer, Ruta> rutor) {
        Map<Integer, Tabelletiketter.Kolumn> kolumner = new TreeMap<>();
        rutor.forEach((k, r) -> {
            if (r.tal() == null && r.text() != null) {
                Tabelletiketter.kolumn(r.text()).ifPresent(kolumn -> kolumner.put(k, kolumn));
            }
        });
        return kolumner;
    }

    private static List<Integer> rubrikrader(Blad blad) {
        List<Integer> rader = new ArrayList<>();
        blad.rader().forEach((rad, rutor) -> {
            if (kolumner(rutor).size() >= 2) {
                rader.add(rad);
            }
        });
        return rader;
    }

    /** A row of age bands names all ten; a row of household sizes runs from 1 person without a gap; none twice. */
    private static void kravHelRubrik(SortedMap<Integer, Ruta> rutor, Map<Integer, Tabelletiketter.Kolumn> kolumner, List<Tabellfel> fel) {
        Ruta forsta = rutor.get(kolumner.keySet().iterator().next());
        boolean aldrar = kolumner.values().stream().anyMatch(k -> k.grupp() != null);
        if (aldrar && kolumner.values().stream().anyMatch(k -> k.grupp() == null)) {
            fel.add(new Tabellfel(forsta.plats(), "rubrikraden blandar åldersgrupper och hushållsstorlekar"));
            return;
        }
        if (aldrar) {
            Set<Aldersgrupp> sedda = EnumSet.noneOf(Aldersgrupp.class);
            kolumner.values().forEach(k -> {
                if (!sedda.add(k.grupp())) {
                    fel.add(new Tabellfel(forsta.plats(), "kolumnen '" + k.grupp().benamning() + "' står två gånger i rubrikraden"));
                }
            });
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                if (!sedda.contains(grupp)) {
                    fel.add(new Tabellfel(forsta.plats(), "kolumnen '" + grupp.benamning() + "' saknas i rubrikraden"));
                }
            }
            return;
        }
        Set<Integer> storlekar = new TreeSet<>();
        kolumner.values().forEach(k -> {
            if (!storlekar.add(k.personer())) {
                fel.add(new Tabellfel(forsta.plats(), "kolumnen '" + k.rubrik() + "' står två gånger i rubrikraden"));
            }
        });
        int storsta = storlekar.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int n = 1; n <= storsta; n++) {
            if (!storlekar.contains(n)) {
                fel.add(new Tabellfel(forsta.plats(), "kolumnen '" + new Tabelletiketter.Kolumn(null, n).rubrik()
                        + "' saknas i rubrikraden (hushåll från 1 person utan lucka)"));
            }
        }
    }

    /** A year the title or the matnorm section's heading states ("Underlag för beräkning … 2022"). */
    private static void arIText(Plats plats, String text, List<Inlast.Arsuppgift> ar) {
        if (text == null) {
            return;
        }
        String ord = Tabelletiketter.normalisera(text);
        if (ARSRUBRIKER.stream().noneMatch(ord::startsWith)) {
            return;
        }
        Matcher matcher = AR.matcher(text);
        if (matcher.find()) {
            ar.add(new Inlast.Arsuppgift(plats, Integer.parseInt(matcher.group(1)), text));
        }
    }
}
