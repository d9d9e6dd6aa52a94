package se.riksnorm.domain.fordelning;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Celltabell;
import se.riksnorm.domain.tabell.Cellvarde;
import se.riksnorm.domain.tabell.Normtabell;

/** Lays a {@link Fordelning} flat into cells and builds it back; the two are exact inverses. */
public final class FordelningCells {

    public static final String PER_MANAD = "per_manad";
    public static final String PER_VECKA = "per_vecka";
    public static final String PER_DAG = "per_dag";
    private static final String EXEMPEL = "exempel";
    private static final String EX_GEMENSAMMA = "gemensamma";
    private static final String EX_ANDEL = "andel";
    private static final String EX_ENSAMSTAENDE = "ensamstaende";
    private static final String EX_SUMMA = "summa";

    private FordelningCells() {
    }

    public static Celltabell tabell(Fordelning fordelning) {
        Map<String, String> egenskaper = new LinkedHashMap<>();
        egenskaper.put("kommun", fordelning.kommun().id());
        egenskaper.put("ar", Integer.toString(fordelning.ar()));
        egenskaper.put("status", fordelning.status().name());
        egenskaper.put("kalla", fordelning.kalla().id());
        fordelning.beslutet().ifPresent(beslut -> {
            egenskaper.put("beslut.namnd", beslut.namnd());
            egenskaper.put("beslut.datum", String.valueOf(beslut.datum()));
            egenskaper.put("beslut.paragraf", String.valueOf(beslut.paragraf()));
            egenskaper.put("beslut.diarienummer", String.valueOf(beslut.diarienummer()));
            egenskaper.put("beslut.tjansteskrivelse", String.valueOf(beslut.tjansteskrivelseDatum()));
            egenskaper.put("beslut.underlag", beslut.underlag());
        });
        HemmavarandeUngdom ungdom = fordelning.hemmavarandeUngdom();
        egenskaper.put("hemmavarande_ungdom.avrundning", ungdom.andelensAvrundning().name());
        if (ungdom.exempel() != null) {
            egenskaper.put("hemmavarande_ungdom.exempel.antal_personer", Integer.toString(ungdom.exempel().antalPersoner()));
        }

        String kalla = fordelning.kalla().id();
        Map<Cell, Cellvarde> celler = new LinkedHashMap<>();
        fordelning.personligaKostnader().forEach((grupp, poster) -> poster.belopp().forEach((post, kronor) ->
                celler.put(personlig(post, grupp), new Cellvarde(kronor, kalla))));
        fordelning.gemensammaKostnader().forEach((antal, poster) -> poster.belopp().forEach((post, kronor) ->
                celler.put(gemensam(post, antal), new Cellvarde(kronor, kalla))));
        fordelning.matnorm().forEach((grupp, matnorm) -> {
            celler.put(matnorm(PER_MANAD, grupp), new Cellvarde(matnorm.perManad(), kalla));
            celler.put(matnorm(PER_VECKA, grupp), new Cellvarde(matnorm.perVecka(), kalla));
            celler.put(matnorm(PER_DAG, grupp), new Cellvarde(matnorm.perDag(), kalla));
        });
        fordelning.umgangesnormPerDag().forEach((grupp, kronor) ->
                celler.put(umgangesnorm(grupp), new Cellvarde(kronor, kalla)));
        if (ungdom.exempel() != null) {
            HemmavarandeUngdom.Exempel exempel = ungdom.exempel();
            celler.put(exempel(EX_GEMENSAMMA), new Cellvarde(exempel.gemensamma(), kalla));
            celler.put(exempel(EX_ANDEL), new Cellvarde(exempel.andel(), kalla));
            celler.put(exempel(EX_ENSAMSTAENDE), new Cellvarde(exempel.ensamstaende(), kalla));
            celler.put(exempel(EX_SUMMA), new Cellvarde(exempel.summa(), kalla));
        }
        return new Celltabell(egenskaper, celler);
    }

    /**
     * The fördelning from its stored cells.
     *
     * @param exempelAntalPersoner the household size of the hemmavarande-ungdom example, or {@code null} without one
     */
    public static Fordelning fordelning(Kommun kommun, int ar, Fordelningsstatus status, Beslut beslut, Kalla kalla,
                                        Avrundning ungdomsandelensAvrundning, Integer exempelAntalPersoner,
                                        Map<Cell, Kronor> celler) {
        Map<Aldersgrupp, Map<Behovspost, Kronor>> personliga = new EnumMap<>(Aldersgrupp.class);
        TreeMap<Integer, Map<Behovspost, Kronor>> gemensamma = new TreeMap<>();
        Map<Aldersgrupp, Map<String, Kronor>> matnorm = new EnumMap<>(Aldersgrupp.class);
        Map<Aldersgrupp, Kronor> umgange = new EnumMap<>(Aldersgrupp.class);
        Map<String, Kronor> exempel = new LinkedHashMap<>();
        celler.forEach((cell, kronor) -> {
            switch (cell.tabell()) {
                case PERSONLIGA_KOSTNADER -> personliga.computeIfAbsent(aldersgrupp(cell), g -> new EnumMap<>(Behovspost.class))
                        .put(behovspost(cell), kronor);
                case GEMENSAMMA_KOSTNADER -> gemensamma.computeIfAbsent(Integer.parseInt(cell.kolumn()), n -> new EnumMap<>(Behovspost.class))
                        .put(behovspost(cell), kronor);
                case MATNORM -> matnorm.computeIfAbsent(aldersgrupp(cell), g -> new LinkedHashMap<>()).put(cell.rad(), kronor);
                case UMGANGESNORM -> umgange.put(aldersgrupp(cell), kronor);
                case HEMMAVARANDE_UNGDOM -> exempel.put(cell.kolumn(), kronor);
                default -> throw new IllegalArgumentException("cellen " + cell + " hör inte till en fördelning");
            }
        });
        Map<Aldersgrupp, Poster> personligaPoster = new EnumMap<>(Aldersgrupp.class);
        personliga.forEach((grupp, poster) -> personligaPoster.put(grupp, new Poster(poster)));
        TreeMap<Integer, Poster> gemensammaPoster = new TreeMap<>();
        gemensamma.forEach((antal, poster) -> gemensammaPoster.put(antal, new Poster(poster)));
        Map<Aldersgrupp, Matnorm> matnormer = new EnumMap<>(Aldersgrupp.class);
        matnorm.forEach((grupp, perioder) -> matnormer.put(grupp,
                new Matnorm(perioder.get(PER_MANAD), perioder.get(PER_VECKA), perioder.get(PER_DAG))));
        HemmavarandeUngdom.Exempel ungdomsexempel = exempelAntalPersoner == null ? null
                : new HemmavarandeUngdom.Exempel(exempelAntalPersoner, exempel.get(EX_GEMENSAMMA), exempel.get(EX_ANDEL),
                        exempel.get(EX_ENSAMSTAENDE), exempel.get(EX_SUMMA));
        return new Fordelning(kommun, ar, status, beslut, kalla, personligaPoster, gemensammaPoster, matnormer, umgange,
                new HemmavarandeUngdom(ungdomsandelensAvrundning, ungdomsexempel));
    }

    public static Cell personlig(Behovspost post, Aldersgrupp grupp) {
        return new Cell(Normtabell.PERSONLIGA_KOSTNADER, post.nyckel(), grupp.nyckel());
    }

    public static Cell gemensam(Behovspost post, int antalPersoner) {
        return new Cell(Normtabell.GEMENSAMMA_KOSTNADER, post.nyckel(), Integer.toString(antalPersoner));
    }

    public static Cell matnorm(String period, Aldersgrupp grupp) {
        return new Cell(Normtabell.MATNORM, period, grupp.nyckel());
    }

    public static Cell umgangesnorm(Aldersgrupp grupp) {
        return new Cell(Normtabell.UMGANGESNORM, PER_DAG, grupp.nyckel());
    }

    private static Cell exempel(String falt) {
        return new Cell(Normtabell.HEMMAVARANDE_UNGDOM, EXEMPEL, falt);
    }

    private static Aldersgrupp aldersgrupp(Cell cell) {
        return Aldersgrupp.forNyckel(cell.kolumn())
                .orElseThrow(() -> new IllegalArgumentException("okänd kolumn i cellen " + cell));
    }

    private static Behovspost behovspost(Cell cell) {
        return Behovspost.forNyckel(cell.rad())
                .orElseThrow(() -> new IllegalArgumentException("okänd post i cellen " + cell));
    }
}
