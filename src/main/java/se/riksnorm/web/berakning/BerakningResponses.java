package se.riksnorm.web.berakning;

import java.util.List;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Grund;
import se.riksnorm.domain.berakning.Matnormsresultat;
import se.riksnorm.domain.berakning.Normunderlag;
import se.riksnorm.domain.berakning.Rad;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.berakning.Umgangesnormsresultat;
import se.riksnorm.web.kommun.KommunRef;

/** Domain → JSON for calculations. */
final class BerakningResponses {

    private BerakningResponses() {
    }

    static ForsorjningsstodResponse forsorjningsstod(Berakningsresultat resultat, String version, String id, String sparad) {
        return forsorjningsstod(resultat, version, id, sparad, true);
    }

    /** The answer; without its lines ({@code rader} empty) where only the totals are asked for (a batch's summering). */
    static ForsorjningsstodResponse forsorjningsstod(Berakningsresultat resultat, String version, String id, String sparad,
                                                     boolean medRader) {
        Summering s = resultat.summering();
        return new ForsorjningsstodResponse(id, sparad, KommunRef.av(resultat.kommun()),
                new PeriodResponse(resultat.period().fran().toString(), resultat.period().till().toString(),
                        resultat.period().dagar(), resultat.period().arHelManad()),
                resultat.hushalletsStorlek(),
                medRader ? resultat.rader().stream().map(BerakningResponses::rad).toList() : List.of(),
                new SummeringResponse(s.riksnorm().belopp(), s.umgangesnorm().belopp(), s.skaligaKostnader().belopp(),
                        s.inkomster().belopp(), s.forsorjningsstod().belopp(), s.livsforingIOvrigt().belopp(),
                        s.bistand().belopp(), s.overskott().belopp()),
                resultat.anmarkningar().stream().map(a -> new AnmarkningResponse(a.kod(), a.meddelande())).toList(),
                normer(resultat.normer(), version));
    }

    static MatnormResponse matnorm(Matnormsresultat resultat, String version) {
        return new MatnormResponse(resultat.manad().toString(), resultat.dagar(),
                resultat.rader().stream().map(r -> new MatnormResponse.Rad(r.medlem(), r.kolumn(), r.benamning(),
                        r.perManad().belopp(), r.perVecka().belopp(), r.perDag().belopp(), r.forDagarna().belopp(), r.regel()))
                        .toList(),
                resultat.perManad().belopp(), resultat.perVecka().belopp(), resultat.perDag().belopp(),
                resultat.forDagarna().belopp(), grunder(resultat.grunder()), normer(resultat.normer(), version));
    }

    static UmgangesnormResponse umgangesnorm(Umgangesnormsresultat resultat, String version) {
        return new UmgangesnormResponse(resultat.manad().toString(),
                resultat.rader().stream().map(r -> new UmgangesnormResponse.Rad(r.barn(), r.kolumn(), r.benamning(),
                        r.perDag().belopp(), r.dagar(), r.belopp().belopp(), r.regel())).toList(),
                resultat.summa().belopp(), grunder(resultat.grunder()), normer(resultat.normer(), version));
    }

    private static RadResponse rad(Rad rad) {
        return new RadResponse(rad.typ().name(), rad.medlem(), rad.kolumn(), rad.benamning(), rad.kronor().belopp(), rad.regel(),
                grunder(rad.grunder()),
                rad.poster().stream().map(p -> new DelpostResponse(p.post(), p.benamning(), p.kronor().belopp())).toList());
    }

    private static List<GrundResponse> grunder(List<Grund> grunder) {
        return grunder.stream().map(g -> new GrundResponse(g.typ().name(), g.hanvisning(), g.tillforlitlighet())).toList();
    }

    private static NormunderlagResponse normer(Normunderlag n, String version) {
        return new NormunderlagResponse(n.riksnormAr(), n.riksnormStatus(), n.kommun(), n.fordelningAr(), n.fordelningStatus(),
                n.diarienummer(), n.beslutsdatum(), n.regelverk(), version);
    }
}
