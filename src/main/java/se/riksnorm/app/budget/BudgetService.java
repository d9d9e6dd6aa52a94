package se.riksnorm.app.budget;

import jakarta.inject.Singleton;
import java.util.List;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.budget.Manadsurval;
import se.riksnorm.domain.budget.Normversion;
import se.riksnorm.domain.budget.Versionsnormer;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.normfiles.Regelregister;

/**
 * What a kommun's caseload costs under two norm versions (docs/adr/0120): the application service the API and a web
 * page call. The upload is read household by household as it arrives, each chunk calculated on every core and
 * added to running totals; nothing of the caseload is stored or kept after the answer.
 */
@Singleton
public class BudgetService {

    private final Versionsval versionsval;
    private final Regelregister regler;

    BudgetService(Versionsval versionsval, Regelregister regler) {
        this.versionsval = versionsval;
        this.regler = regler;
    }

    /** The two versions made concrete and checked: every month of each must have its norms and law. */
    public Budgetberakning forbered(Kommun kommun, Normversion fore, Normversion efter, Manadsurval manader) {
        Versionsnormer f = versionsval.normer(kommun, fore, "fore");
        Versionsnormer e = versionsval.normer(kommun, efter, "efter");
        Budgetberakning berakning = new Budgetberakning(regler.aktuell(), kommun.id(), f, e, manader);
        List<Fel> fel = berakning.kontrollera();
        if (!fel.isEmpty()) {
            throw new Versionsvagran(fel);
        }
        return berakning;
    }

    /** Reads the caseload to its end and answers; the reader is closed. */
    public Budgetpaverkan berakna(Budgetberakning berakning, HushallReader lasare, int antalStorsta) {
        return Budgetkorning.berakna(berakning, lasare, antalStorsta);
    }
}
