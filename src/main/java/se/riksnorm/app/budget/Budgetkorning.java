package se.riksnorm.app.budget;

import java.time.YearMonth;
import java.util.stream.IntStream;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.budget.Budgetsammanstallning;
import se.riksnorm.domain.budget.Hushallsskillnad;
import se.riksnorm.domain.budget.Manadsurval;
import se.riksnorm.domain.budget.Versionsnormer;

/**
 * One caseload read and calculated: households are read in chunks as the upload arrives, each chunk calculated on
 * every core (the common fork-join pool, as the batch does: docs/adr/0031) and added to the running totals in row
 * order. Memory is one chunk and the totals, whatever the size of the caseload. Plain Java: the service, a benchmark
 * and a test run the same code.
 */
public final class Budgetkorning {

    /** Households read before they are calculated together: bounded memory, enough work per core. */
    static final int HUSHALL_PER_SKICK = 4096;

    private Budgetkorning() {
    }

    /** Reads the caseload to its end and answers; the reader is closed. An upload without a household is refused. */
    public static Budgetpaverkan berakna(Budgetberakning berakning, HushallReader lasare, int antalStorsta) {
        Budgetsammanstallning summa = new Budgetsammanstallning(antalStorsta);
        try (lasare) {
            Hushallsrad[] skick = new Hushallsrad[HUSHALL_PER_SKICK];
            @SuppressWarnings("unchecked")
            Utfall<Hushallsskillnad>[] utfall = new Utfall[HUSHALL_PER_SKICK];
            int antal;
            while ((antal = las(lasare, skick)) > 0) {
                IntStream.range(0, antal).parallel().forEach(i -> {
                    Hushallsrad h = skick[i];
                    utfall[i] = h.hushall() == null ? null : berakning.berakna(h.hushall());
                });
                for (int i = 0; i < antal; i++) {
                    Hushallsrad h = skick[i];
                    if (h.hushall() == null) {
                        summa.fel(h.rad(), h.id(), h.fel());
                    } else if (utfall[i] instanceof Utfall.Beraknat<Hushallsskillnad> beraknat) {
                        summa.lagg(beraknat.resultat());
                    } else if (utfall[i] instanceof Utfall.Avvisat<Hushallsskillnad> avvisat) {
                        summa.fel(h.rad(), h.id(), avvisat.fel());
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
        return summa.resultat(beskrivning(berakning.fore(), berakning.manader()), beskrivning(berakning.efter(), berakning.manader()),
                berakning.manader());
    }

    private static int las(HushallReader lasare, Hushallsrad[] skick) {
        int antal = 0;
        Hushallsrad rad;
        while (antal < skick.length && (rad = lasare.nasta()) != null) {
            skick[antal++] = rad;
        }
        return antal;
    }

    private static Budgetpaverkan.Versionsbeskrivning beskrivning(Versionsnormer normer, Manadsurval m) {
        int ar = normer.version().ar();
        String period = m.antal() == 1 ? m.forsta(ar).toString() : m.forsta(ar) + "–" + YearMonth.of(ar, m.till());
        return new Budgetpaverkan.Versionsbeskrivning(normer.version(), normer.benamning(), normer.kalla(), period);
    }
}
