package se.riksnorm.budget;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.IntStream;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.budget.Budgetsammanstallning;
import se.riksnorm.domain.budget.Hushallsskillnad;
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
public class BudgetTjanst {

    /** Households read before they are calculated together: bounded memory, enough work per core. */
    static final int HUSHALL_PER_SKICK = 4096;

    private final Versionsval versionsval;
    private final Regelregister regler;

    BudgetTjanst(Versionsval versionsval, Regelregister regler) {
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
    public Budgetpaverkan berakna(Budgetberakning berakning, Hushallslasare lasare, int antalStorsta) {
        Budgetsammanstallning summa = new Budgetsammanstallning(antalStorsta);
        try (lasare) {
            Hushallsrad[] skick = new Hushallsrad[HUSHALL_PER_SKICK];
            @SuppressWarnings("unchecked")
            Utfall<Hushallsskillnad>[] utfall = new Utfall[HUSHALL_PER_SKICK];
            while (true) {
                int antal = 0;
                Hushallsrad rad;
                while (antal < HUSHALL_PER_SKICK && (rad = lasare.nasta()) != null) {
                    skick[antal++] = rad;
                }
                if (antal == 0) {
                    break;
                }
                IntStream.range(0, antal).parallel().forEach(i -> {
                    Hushallsrad h = skick[i];
                    utfall[i] = h.hushall() == null ? null : berakning.berakna(h.hushall());
                });
                for (int i = 0; i < antal; i++) {
                    Hushallsrad h = skick[i];
                    if (h.hushall() == null) {
                        summa.fel(h.rad(), h.id(), h.fel());
                    } else {
                        Hushallsrad radref = h;
                        utfall[i].fold(resultat -> {
                            summa.lagg(resultat);
                            return null;
                        }, fel -> {
                            summa.fel(radref.rad(), radref.id(), fel);
                            return null;
                        });
                    }
                    skick[i] = null;
                    utfall[i] = null;
                }
            }
        }
        if (summa.beraknade() + summa.felaktiga() == 0) {
            throw new Underlagsvagran(Underlagsvagran.Orsak.OGILTIGT_UNDERLAG, null, null, "Underlaget har inga hushåll: efter "
                    + "rubrikraden kommer en rad per person (CSV) eller ett hushåll per rad (NDJSON).");
        }
        return summa.resultat(beskrivning(berakning.fore(), berakning), beskrivning(berakning.efter(), berakning), berakning.manader());
    }

    private static Budgetpaverkan.Versionsbeskrivning beskrivning(Versionsnormer normer, Budgetberakning berakning) {
        Manadsurval m = berakning.manader();
        int ar = normer.version().ar();
        String period = m.antal() == 1 ? m.forsta(ar).toString() : m.forsta(ar) + "–" + java.time.YearMonth.of(ar, m.till());
        return new Budgetpaverkan.Versionsbeskrivning(normer.version(), normer.benamning(), normer.kalla(), period);
    }
}
