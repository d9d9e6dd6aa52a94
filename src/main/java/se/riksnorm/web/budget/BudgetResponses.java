package se.riksnorm.web.budget;

import java.time.YearMonth;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.kommun.KommunRef;

/** The domain's answer in the API's records. */
final class BudgetResponses {

    private BudgetResponses() {
    }

    static BudgetpaverkanResponse svar(Kommun kommun, Budgetpaverkan b, YearMonth per, long rader) {
        return new BudgetpaverkanResponse(KommunRef.av(kommun), version(b.fore()), version(b.efter()), b.manader().text(),
                per.toString(), new BudgetpaverkanResponse.UnderlagResponse(rader, b.beraknade(), b.felaktiga(), b.personer()),
                summa(b.forsorjningsstod()), summa(b.riksnorm()),
                b.perTyp().stream().map(t -> new BudgetpaverkanResponse.TypResponse(t.typ().name(), t.typ().benamning(), t.hushall(),
                        t.personer(), summa(t.forsorjningsstod()))).toList(),
                new BudgetpaverkanResponse.FordelningResponse(b.fler(), b.samma(), b.farre()),
                b.storstaAndringar().stream().map(a -> new BudgetpaverkanResponse.AndringResponse(a.hushall(), a.rad(), a.typ().name(),
                        a.personer(), a.fore().belopp(), a.efter().belopp(), a.skillnad().belopp())).toList(),
                b.fel().stream().map(f -> new BudgetpaverkanResponse.RadfelResponse(f.rad(), f.hushall(), f.falt(), f.meddelande()))
                        .toList());
    }

    private static BudgetpaverkanResponse.VersionResponse version(Budgetpaverkan.Versionsbeskrivning v) {
        return new BudgetpaverkanResponse.VersionResponse(v.version().text(), v.version().ar(), v.version().tabell().name(),
                v.version().forslag(), v.benamning(), v.kalla(), v.period());
    }

    private static BudgetpaverkanResponse.SummaResponse summa(Budgetpaverkan.Summa s) {
        return new BudgetpaverkanResponse.SummaResponse(belopp(s.fore()), belopp(s.efter()), belopp(s.skillnad()), s.procent());
    }

    private static BudgetpaverkanResponse.BeloppResponse belopp(Budgetpaverkan.Belopp b) {
        return new BudgetpaverkanResponse.BeloppResponse(b.perManad().belopp(), b.perAr().belopp(), b.perioden().belopp());
    }
}
