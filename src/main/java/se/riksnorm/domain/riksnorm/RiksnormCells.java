package se.riksnorm.domain.riksnorm;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Celltabell;
import se.riksnorm.domain.tabell.Cellvarde;
import se.riksnorm.domain.tabell.Normtabell;

/** Lays a {@link Riksnorm} flat into cells and builds it back; the two are exact inverses. */
public final class RiksnormCells {

    private RiksnormCells() {
    }

    public static Celltabell tabell(Riksnorm riksnorm) {
        Map<String, String> egenskaper = new LinkedHashMap<>();
        egenskaper.put("ar", Integer.toString(riksnorm.ar()));
        egenskaper.put("giltig_fran", riksnorm.giltighet().fran().toString());
        egenskaper.put("giltig_till", riksnorm.giltighet().till().toString());
        egenskaper.put("status", riksnorm.status().name());
        riksnorm.upprakningen().ifPresent(u -> {
            egenskaper.put("upprakning.procent", u.procent().toPlainString());
            egenskaper.put("upprakning.avrundning", u.avrundning().name());
            egenskaper.put("upprakning.kalla", u.kalla().id());
        });
        egenskaper.put("storre_hushall.kalla", riksnorm.storreHushallKalla().id());
        Map<Cell, Cellvarde> celler = new LinkedHashMap<>();
        riksnorm.personligaKostnader().forEach((grupp, belopp) ->
                celler.put(personlig(grupp), varde(belopp)));
        riksnorm.gemensammaKostnader().forEach((antal, belopp) ->
                celler.put(gemensam(antal), varde(belopp)));
        riksnorm.ejLunch().forEach((grupp, belopp) ->
                celler.put(ejLunch(grupp), varde(belopp)));
        return new Celltabell(egenskaper, celler);
    }

    /**
     * The year's table from its stored cells.
     *
     * @param kallor looks a source up by id
     */
    public static Riksnorm riksnorm(int ar, Giltighet giltighet, Riksnormstatus status, Upprakning upprakning,
                                    Kalla storreHushallKalla, Map<Cell, Cellvarde> celler,
                                    Function<String, Kalla> kallor) {
        Map<Aldersgrupp, Normbelopp> personliga = new EnumMap<>(Aldersgrupp.class);
        Map<Aldersgrupp, Normbelopp> ejLunch = new EnumMap<>(Aldersgrupp.class);
        TreeMap<Integer, Normbelopp> gemensamma = new TreeMap<>();
        celler.forEach((cell, varde) -> {
            Normbelopp belopp = new Normbelopp(varde.kronor(), kallor.apply(varde.kalla()));
            switch (cell.tabell()) {
                case PERSONLIGA_KOSTNADER -> personliga.put(aldersgrupp(cell), belopp);
                case EJ_LUNCH -> ejLunch.put(aldersgrupp(cell), belopp);
                case GEMENSAMMA_KOSTNADER -> gemensamma.put(Integer.parseInt(cell.kolumn()), belopp);
                default -> throw new IllegalArgumentException("cellen " + cell + " hör inte till en riksnorm");
            }
        });
        return new Riksnorm(ar, giltighet, status, personliga, gemensamma, storreHushallKalla, ejLunch, upprakning);
    }

    public static Cell personlig(Aldersgrupp grupp) {
        return Cell.total(Normtabell.PERSONLIGA_KOSTNADER, grupp.nyckel());
    }

    public static Cell gemensam(int antalPersoner) {
        return Cell.total(Normtabell.GEMENSAMMA_KOSTNADER, Integer.toString(antalPersoner));
    }

    public static Cell ejLunch(Aldersgrupp grupp) {
        return Cell.total(Normtabell.EJ_LUNCH, grupp.nyckel());
    }

    private static Aldersgrupp aldersgrupp(Cell cell) {
        return Aldersgrupp.forNyckel(cell.kolumn())
                .orElseThrow(() -> new IllegalArgumentException("okänd kolumn i cellen " + cell));
    }

    private static Cellvarde varde(Normbelopp belopp) {
        return new Cellvarde(belopp.kronor(), belopp.kalla().id());
    }
}
