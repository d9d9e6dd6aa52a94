package se.riksnorm.web.riksnorm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.web.AvvikelseResponse;
import se.riksnorm.web.KallaResponse;

/** Domain → JSON for national tables. */
public final class RiksnormResponses {

    public static final String BAS = "/api/v1/riksnormer";

    private RiksnormResponses() {
    }

    static RiksnormSummaryResponse sammanfattning(Riksnorm riksnorm, Normbok normbok) {
        Map<String, Integer> tillforlitlighet = new LinkedHashMap<>();
        Map<Tillforlitlighet, Integer> antal = new EnumMap<>(Tillforlitlighet.class);
        allaBelopp(riksnorm).forEach(b -> antal.merge(b.tillforlitlighet(), 1, Integer::sum));
        antal.forEach((niva, n) -> tillforlitlighet.put(niva.name(), n));
        return new RiksnormSummaryResponse(riksnorm.ar(), riksnorm.giltighet().fran().toString(),
                riksnorm.giltighet().till().toString(), riksnorm.status().name(),
                riksnorm.upprakningen().map(u -> u.procent().toPlainString()).orElse(null),
                tillforlitlighet, normbok.avvikelser(riksnorm).size(), BAS + "/" + riksnorm.ar());
    }

    public static RiksnormResponse hel(Riksnorm riksnorm, Normbok normbok) {
        List<BeloppResponse> personliga = new ArrayList<>();
        riksnorm.personligaKostnader().forEach((grupp, belopp) ->
                personliga.add(BeloppResponse.av(grupp.nyckel(), grupp.benamning(), belopp)));
        List<BeloppResponse> gemensamma = new ArrayList<>();
        riksnorm.gemensammaKostnader().forEach((antal, belopp) ->
                gemensamma.add(BeloppResponse.av(Integer.toString(antal), Kolumnrubrik.personer(antal), belopp)));
        List<BeloppResponse> ejLunch = new ArrayList<>();
        riksnorm.ejLunch().forEach((grupp, belopp) -> ejLunch.add(BeloppResponse.av(grupp.nyckel(), grupp.benamning(), belopp)));
        StorreHushallResponse storreHushall = new StorreHushallResponse(
                "Varje person utöver sju lägger till skillnaden mellan sju och sex personer (G7 − G6)",
                riksnorm.tillaggPerPersonOverSju().belopp(), riksnorm.storreHushallKalla().id());

        Map<String, Kalla> kallor = new LinkedHashMap<>();
        allaBelopp(riksnorm).forEach(b -> kallor.putIfAbsent(b.kalla().id(), b.kalla()));
        riksnorm.upprakningen().ifPresent(u -> kallor.putIfAbsent(u.kalla().id(), u.kalla()));
        kallor.putIfAbsent(riksnorm.storreHushallKalla().id(), riksnorm.storreHushallKalla());

        return new RiksnormResponse(riksnorm.ar(), riksnorm.giltighet().fran().toString(),
                riksnorm.giltighet().till().toString(), riksnorm.status().name(),
                riksnorm.upprakningen().map(UpprakningResponse::av).orElse(null),
                personliga, gemensamma, storreHushall, ejLunch,
                kallor.values().stream().map(KallaResponse::av).toList(),
                normbok.avvikelser(riksnorm).stream().map(AvvikelseResponse::av).toList());
    }

    private static List<Normbelopp> allaBelopp(Riksnorm riksnorm) {
        List<Normbelopp> belopp = new ArrayList<>(riksnorm.personligaKostnader().values());
        belopp.addAll(riksnorm.gemensammaKostnader().values());
        belopp.addAll(riksnorm.ejLunch().values());
        return belopp;
    }
}
