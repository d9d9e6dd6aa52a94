package se.riksnorm.web.berakning;

import java.util.List;
import se.riksnorm.domain.berakning.Anmarkning;
import se.riksnorm.domain.berakning.Berakningsresultat;
import se.riksnorm.domain.berakning.Grund;
import se.riksnorm.domain.berakning.Matnormsresultat;
import se.riksnorm.domain.berakning.Normunderlag;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.domain.berakning.Rad;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.berakning.Umgangesnormsresultat;
import se.riksnorm.web.kommun.KommunRef;

/** Domain → JSON for calculations. */
final class BerakningResponses {

    private BerakningResponses() {
    }

    /**
     * The answer; without its lines ({@code rader} empty) where only the totals are asked for (a batch's summering).
     * A period within one month is that month's answer; a longer one has a part per month (docs/adr/0092).
     */
    /** The answer as sent, not stored: every line. */
    static ForsorjningsstodResponse svar(Periodresultat resultat, String version) {
        return forsorjningsstod(resultat, version, null, null, true);
    }

    static ForsorjningsstodResponse forsorjningsstod(Periodresultat resultat, String version, String id, String sparad,
                                                     boolean medRader) {
        if (resultat.arEnManad()) {
            return manad(resultat.delar().get(0), version, id, sparad, medRader);
        }
        return new ForsorjningsstodResponse(id, sparad, KommunRef.av(resultat.kommun()), period(resultat.period()), null, List.of(),
                summering(resultat.summering()), anmarkningar(resultat.anmarkningar()), null,
                resultat.delar().stream().map(del -> manad(del, version, null, null, medRader)).toList());
    }

    private static ForsorjningsstodResponse manad(Berakningsresultat resultat, String version, String id, String sparad,
                                                  boolean medRader) {
        return new ForsorjningsstodResponse(id, sparad, KommunRef.av(resultat.kommun()), period(resultat.period()),
                resultat.hushalletsStorlek(),
                medRader ? resultat.rader().stream().map(BerakningResponses::rad).toList() : List.of(),
                summering(resultat.summering()), anmarkningar(resultat.anmarkningar()), normer(resultat.normer(), version, medRader), null);
    }

    static MatnormResponse matnorm(Matnormsresultat resultat, String version) {
        return new MatnormResponse(resultat.manad().toString(), resultat.dagar(),
                resultat.rader().stream().map(r -> new MatnormResponse.Rad(r.medlem(), r.kolumn(), r.benamning(),
                        r.perManad().belopp(), r.perVecka().belopp(), r.perDag().belopp(), r.forDagarna().belopp(), r.regel()))
                        .toList(),
                resultat.perManad().belopp(), resultat.perVecka().belopp(), resultat.perDag().belopp(),
                resultat.forDagarna().belopp(), grunder(resultat.grunder()), normer(resultat.normer(), version, true));
    }

    static UmgangesnormResponse umgangesnorm(Umgangesnormsresultat resultat, String version) {
        return new UmgangesnormResponse(resultat.manad().toString(),
                resultat.rader().stream().map(r -> new UmgangesnormResponse.Rad(r.barn(), r.kolumn(), r.benamning(),
                        r.perDag().belopp(), r.dagar(), r.belopp().belopp(), r.regel())).toList(),
                resultat.summa().belopp(), grunder(resultat.grunder()), normer(resultat.normer(), version, true));
    }

    private static PeriodResponse period(Period period) {
        return new PeriodResponse(period.fran().toString(), period.till().toString(), period.dagar(), period.arHelManad());
    }

    private static SummeringResponse summering(Summering s) {
        return new SummeringResponse(s.riksnorm().belopp(), s.umgangesnorm().belopp(), s.skaligaKostnader().belopp(),
                s.inkomster().belopp(), s.forsorjningsstod().belopp(), s.livsforingIOvrigt().belopp(), s.bistand().belopp(),
                s.overskott().belopp(), s.begransning().belopp(), s.nedsattning().belopp());
    }

    private static List<AnmarkningResponse> anmarkningar(List<Anmarkning> anmarkningar) {
        return anmarkningar.stream().map(a -> new AnmarkningResponse(a.kod(), a.meddelande())).toList();
    }

    private static RadResponse rad(Rad rad) {
        return new RadResponse(rad.typ().name(), rad.medlem(), rad.kolumn(), rad.benamning(), rad.kronor().belopp(), rad.regel(),
                grunder(rad.grunder()),
                rad.poster().stream().map(p -> new DelpostResponse(p.post(), p.benamning(), p.kronor().belopp())).toList());
    }

    private static List<GrundResponse> grunder(List<Grund> grunder) {
        return grunder.stream().map(g -> new GrundResponse(g.typ().name(), g.hanvisning(), g.tillforlitlighet())).toList();
    }

    /**
     * The norms and law the answer rests on; a summary ({@code medLagrum} false) names them by year, decision and
     * {@code regelverk} (which cites the law), without the list of paragraphs and their text (docs/adr/0126).
     */
    private static NormunderlagResponse normer(Normunderlag n, String version, boolean medLagrum) {
        return new NormunderlagResponse(n.riksnormAr(), n.riksnormStatus(), n.kommun(), n.fordelningAr(), n.fordelningStatus(),
                n.diarienummer(), n.beslutsdatum(), n.regelverk(), version, !medLagrum ? List.of() : n.lagrum().stream().map(l -> new LagrumResponse(l.regel(), l.lagrum(), l.innehall(), l.giltigFran().toString(),
                        l.status(), l.kalla())).toList());
    }
}
