package se.riksnorm.domain.upprakning;

import java.util.EnumMap;
import java.util.Map;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * The figures of a fördelning that follow from its posts, worked out again whenever a post changes, so
 * a proposal can never carry a matnorm or an example that contradicts its own table.
 */
public final class HarleddaBelopp {

    private HarleddaBelopp() {
    }

    /** Matnorm per månad, vecka and dag of each column from its livsmedel post ({@link Matnorm#harleddAv}). */
    public static Map<Aldersgrupp, Matnorm> matnorm(Map<Aldersgrupp, Poster> personligaKostnader) {
        Map<Aldersgrupp, Matnorm> matnorm = new EnumMap<>(Aldersgrupp.class);
        personligaKostnader.forEach((grupp, poster) -> matnorm.put(grupp, Matnorm.harleddAv(poster.get(Behovspost.LIVSMEDEL))));
        return matnorm;
    }

    /**
     * The hemmavarande-ungdom example for a household of {@code antalPersoner}: ensamstående + gemensamma / n
     * under the table's own rounding (Nyköping SN22/37 bilaga 2022: 1 890 / 5 = 378; 378 + 3 210 = 3 588).
     * {@code null} where the table has no column of that size.
     */
    public static HemmavarandeUngdom.Exempel exempel(HemmavarandeUngdom regel, Poster ensamstaende,
                                                      Map<Integer, Poster> gemensammaKostnader, int antalPersoner) {
        Poster gemensamma = gemensammaKostnader.get(antalPersoner);
        if (gemensamma == null) {
            return null;
        }
        var andel = regel.andel(gemensamma.summa(), antalPersoner);
        return new HemmavarandeUngdom.Exempel(antalPersoner, gemensamma.summa(), andel, ensamstaende.summa(),
                ensamstaende.summa().plus(andel));
    }

    /** The same table with matnorm and the example (where it has one) worked out again from its posts. */
    public static Fordelning harled(Fordelning fordelning) {
        HemmavarandeUngdom ungdom = fordelning.hemmavarandeUngdom();
        HemmavarandeUngdom.Exempel exempel = ungdom.exempel() == null ? null
                : exempel(ungdom, fordelning.personligaKostnader().get(Aldersgrupp.ENSAMSTAENDE),
                        fordelning.gemensammaKostnader(), ungdom.exempel().antalPersoner());
        return new Fordelning(fordelning.kommun(), fordelning.ar(), fordelning.status(), fordelning.beslut(),
                fordelning.kalla(), fordelning.personligaKostnader(), fordelning.gemensammaKostnader(),
                matnorm(fordelning.personligaKostnader()), fordelning.umgangesnormPerDag(),
                new HemmavarandeUngdom(ungdom.andelensAvrundning(), exempel));
    }
}
