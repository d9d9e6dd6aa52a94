package se.riksnorm.web.kommun;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.web.AvvikelseResponse;
import se.riksnorm.web.KallaResponse;

/** Domain → JSON for kommuner and their fördelningar. */
public final class FordelningResponses {

    public static final String BAS = "/api/v1/kommuner";
    private static final String UNGDOMSREGEL =
            "Ensamstående personliga kostnader + hushållets gemensamma kostnader / antal personer";

    private FordelningResponses() {
    }

    static KommunResponse kommun(Kommun kommun, Normbok normbok) {
        return new KommunResponse(kommun.id(), kommun.kod(), kommun.namn(), kommun.lan(),
                normbok.fordelningar(kommun).stream().map(Fordelning::ar).toList(), fordelningar(kommun));
    }

    static FordelningSummaryResponse sammanfattning(Fordelning fordelning, Normbok normbok) {
        return new FordelningSummaryResponse(fordelning.ar(), fordelning.status().name(),
                fordelning.beslutet().map(b -> b.diarienummer()).orElse(null),
                fordelning.beslutet().map(b -> b.datum() == null ? null : b.datum().toString()).orElse(null),
                normbok.avvikelser(fordelning).size(), fordelningar(fordelning.kommun()) + "/" + fordelning.ar());
    }

    static FordelningResponse hel(Fordelning fordelning, Riksnorm riksnorm, Normbok normbok) {
        return hel(fordelning, riksnorm, normbok.avvikelser(fordelning));
    }

    /** The whole table, for any fördelning: a stored version, a draft, one not in the Normbok. */
    public static FordelningResponse hel(Fordelning fordelning, Riksnorm riksnorm, List<Avvikelse> avvikelser) {
        List<KolumnResponse> personliga = new ArrayList<>();
        fordelning.personligaKostnader().forEach((grupp, poster) -> personliga.add(
                kolumn(grupp.nyckel(), grupp.benamning(), poster, riksnorm.personliga(grupp))));
        List<KolumnResponse> gemensamma = new ArrayList<>();
        fordelning.gemensammaKostnader().forEach((antal, poster) -> gemensamma.add(
                kolumn(Integer.toString(antal), Kolumnrubrik.personer(antal), poster, riksnorm.gemensamma(antal))));
        List<MatnormTabellResponse> matnorm = new ArrayList<>();
        fordelning.matnorm().forEach((grupp, m) -> matnorm.add(new MatnormTabellResponse(grupp.nyckel(), grupp.benamning(),
                m.perManad().belopp(), m.perVecka().belopp(), m.perDag().belopp())));
        List<UmgangesnormTabellResponse> umgange = new ArrayList<>();
        fordelning.umgangesnormPerDag().forEach((grupp, perDag) ->
                umgange.add(new UmgangesnormTabellResponse(grupp.nyckel(), grupp.benamning(), perDag.belopp())));
        return new FordelningResponse(KommunRef.av(fordelning.kommun()), fordelning.ar(), fordelning.status().name(),
                fordelning.beslutet().map(BeslutResponse::av).orElse(null), KallaResponse.av(fordelning.kalla()),
                "/api/v1/riksnormer/" + riksnorm.ar(), personliga, gemensamma, matnorm, umgange,
                ungdom(fordelning.hemmavarandeUngdom()),
                avvikelser.stream().map(AvvikelseResponse::av).toList());
    }

    private static KolumnResponse kolumn(String kolumn, String benamning, Poster poster, Kronor riksnorm) {
        List<PostResponse> rader = new ArrayList<>();
        poster.belopp().forEach((post, kronor) -> rader.add(new PostResponse(post.nyckel(), post.benamning(), kronor.belopp())));
        Kronor summa = poster.summa();
        return new KolumnResponse(kolumn, benamning, rader, summa.belopp(), riksnorm.belopp(), summa.minus(riksnorm).belopp());
    }

    private static HemmavarandeUngdomResponse ungdom(HemmavarandeUngdom ungdom) {
        HemmavarandeUngdom.Exempel e = ungdom.exempel();
        return new HemmavarandeUngdomResponse(UNGDOMSREGEL, ungdom.andelensAvrundning().name(), e == null ? null
                : new HemmavarandeUngdomResponse.Exempel(e.antalPersoner(), e.gemensamma().belopp(), e.andel().belopp(),
                        e.ensamstaende().belopp(), e.summa().belopp()));
    }

    private static String fordelningar(Kommun kommun) {
        return BAS + "/" + kommun.id() + "/fordelningar";
    }
}
