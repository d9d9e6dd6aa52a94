package se.riksnorm.sidor.sakkunnig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.web.AvvikelseResponse;
import se.riksnorm.web.kommun.FordelningResponse;
import se.riksnorm.web.kommun.HemmavarandeUngdomResponse;
import se.riksnorm.web.kommun.KolumnResponse;
import se.riksnorm.web.kommun.MatnormTabellResponse;
import se.riksnorm.web.kommun.UmgangesnormTabellResponse;

/**
 * The proposal as the bilaga lays it out, every post and umgängesnorm cell an input: built from the API's own
 * table (FordelningResponse) of the proposal as typed so far, so sums, differences, matnorm and findings are the
 * server's, never the page's arithmetic.
 */
public record Rutnat(Tabelldel personliga, Tabelldel gemensamma, List<UmgangesnormTabellResponse> umgangeKolumner,
                     List<Cellfalt> umgange, List<MatnormTabellResponse> matnorm, HemmavarandeUngdomResponse ungdom,
                     List<AvvikelseResponse> avvikelser) {

    /**
     * @param tabell the table as typed (the preview), or as stored
     * @param skrivet the values as typed, by cell address; a cell not typed shows the table's amount
     * @param sparat the stored amounts, by cell address, to mark what changed
     * @param fel refusals by cell address
     */
    public static Rutnat av(FordelningResponse tabell, Map<String, String> skrivet, Map<String, Long> sparat, Map<String, String> fel) {
        Tabelldel personliga = del(Normtabell.PERSONLIGA_KOSTNADER, tabell.personligaKostnader(), skrivet, sparat, fel);
        Tabelldel gemensamma = del(Normtabell.GEMENSAMMA_KOSTNADER, tabell.gemensammaKostnader(), skrivet, sparat, fel);
        List<Cellfalt> umgange = new ArrayList<>();
        for (UmgangesnormTabellResponse u : tabell.umgangesnorm()) {
            String namn = Normtabell.UMGANGESNORM.nyckel() + "." + FordelningCells.PER_DAG + "." + u.kolumn();
            umgange.add(cell(namn, "Umgängesnorm per dag, " + u.benamning(), u.perDag(), skrivet, sparat, fel));
        }
        return new Rutnat(personliga, gemensamma, tabell.umgangesnorm(), umgange, tabell.matnorm(), tabell.hemmavarandeUngdom(),
                tabell.avvikelser());
    }

    private static Tabelldel del(Normtabell tabell, List<KolumnResponse> kolumner, Map<String, String> skrivet,
                                 Map<String, Long> sparat, Map<String, String> fel) {
        List<Kolumnsumma> summor = kolumner.stream()
                .map(k -> new Kolumnsumma(k.kolumn(), k.benamning(), k.summa(), k.riksnorm(), k.differens())).toList();
        // the posts in the bilaga's order; a column without a post (an adult has no barn- och ungdomsförsäkring) has no cell
        Map<String, String> poster = new java.util.LinkedHashMap<>();
        kolumner.forEach(k -> k.poster().forEach(p -> poster.putIfAbsent(p.post(), p.benamning())));
        List<Postrad> rader = new ArrayList<>();
        poster.forEach((post, benamning) -> {
            List<Cellfalt> celler = new ArrayList<>();
            for (KolumnResponse kolumn : kolumner) {
                celler.add(kolumn.poster().stream().filter(p -> p.post().equals(post)).findFirst()
                        .map(cell -> cell(tabell.nyckel() + "." + post + "." + kolumn.kolumn(), benamning + ", " + kolumn.benamning(),
                                cell.kronor(), skrivet, sparat, fel))
                        .orElse(null));
            }
            rader.add(new Postrad(post, benamning, celler));
        });
        return new Tabelldel(tabell.nyckel(), tabell.benamning(), summor, rader);
    }

    private static Cellfalt cell(String namn, String etikett, long belopp, Map<String, String> skrivet, Map<String, Long> sparat,
                                 Map<String, String> fel) {
        String varde = skrivet.getOrDefault(namn, Long.toString(belopp));
        Long lagrat = sparat.get(namn);
        boolean andrad = lagrat != null && !Long.toString(lagrat).equals(varde.replaceAll("[\\s\u00A0]", ""));
        return new Cellfalt(namn, etikett, varde, andrad, fel.get(namn));
    }
}
