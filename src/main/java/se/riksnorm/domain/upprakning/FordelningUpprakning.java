package se.riksnorm.domain.upprakning;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.belopp.Svenskt;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * Next year's fördelning for a kommun, as Nyköping decided 2023 (SN22/37: "fördelningen ... ska motsvara den
 * som gällt under år 2022"): the base year's split kept, each column's posts scaled to the new national total
 * of the column and split by {@link StorstaRest}, so every column sums exactly to the riksnorm. Scaling to
 * the new total, not raising each post by the percentage: the latter misses by up to 22 kr and breaks the
 * sums (docs/kallor.md). Household sizes above seven take the new table's G7 − G6 rule.
 *
 * <p>Matnorm follows from the new livsmedel post, the umgängesnorm is proposed by the kommun's
 * {@link Umgangesregel}, and the hemmavarande-ungdom example is worked out for the new year.
 */
public final class FordelningUpprakning {

    private FordelningUpprakning() {
    }

    /**
     * @param exempelAntalPersoner the household size of the hemmavarande-ungdom example, or {@code null} for none
     */
    public static Fordelning foresla(Fordelning bas, Riksnorm ny, Umgangesregel umgangesregel, Integer exempelAntalPersoner) {
        Map<Aldersgrupp, Poster> personliga = new EnumMap<>(Aldersgrupp.class);
        bas.personligaKostnader().forEach((grupp, poster) ->
                personliga.put(grupp, skala(poster, ny.personliga(grupp), bas, grupp.benamning())));
        TreeMap<Integer, Poster> gemensamma = new TreeMap<>();
        bas.gemensammaKostnader().forEach((antal, poster) ->
                gemensamma.put(antal, skala(poster, ny.gemensamma(antal), bas, Kolumnrubrik.personer(antal))));
        HemmavarandeUngdom regel = new HemmavarandeUngdom(bas.hemmavarandeUngdom().andelensAvrundning(), null);
        HemmavarandeUngdom.Exempel exempel = exempelAntalPersoner == null ? null
                : HarleddaBelopp.exempel(regel, personliga.get(Aldersgrupp.ENSAMSTAENDE), gemensamma, exempelAntalPersoner);
        return new Fordelning(bas.kommun(), ny.ar(), Fordelningsstatus.FORSLAG, null, kalla(bas, ny),
                personliga, gemensamma, HarleddaBelopp.matnorm(personliga),
                umgangesregel.foresla(personliga, bas.umgangesnormPerDag()),
                new HemmavarandeUngdom(regel.andelensAvrundning(), exempel));
    }

    /** The column's posts in proportion to the base year's, summing to the new total. */
    private static Poster skala(Poster bas, Kronor nyTotal, Fordelning basar, String kolumn) {
        if (bas.summa().isZero()) {
            throw Vagran.saknas("fran", Integer.toString(basar.ar()), basar.kommun().namn() + " " + basar.ar()
                    + ": kolumnen " + kolumn + " summerar till 0 kr, så andelarna mellan posterna går inte att räkna fram.");
        }
        Map<Behovspost, Kronor> delar = StorstaRest.fordela(bas.belopp(), nyTotal);
        return new Poster(delar);
    }

    /** The source a proposal's cells cite: derived from which table, scaled to which national year. */
    public static Kalla kalla(Fordelning bas, Riksnorm ny) {
        String basensBeslut = bas.beslutet().map(b -> b.diarienummer() != null ? " (" + b.diarienummer() + ")" : "").orElse("");
        String riksnormen = ny.status().arLast() ? "fastställd"
                : "preliminär" + ny.upprakningen().map(u -> ", " + (ny.ar() - 1) + " + " + new Procentsats(u.procent()).svenskText())
                        .orElse("");
        return new Kalla("forslag-" + bas.kommun().id() + "-" + ny.ar(),
                "Förslag: " + Svenskt.genitiv(bas.kommun().namn()) + " fördelning " + bas.ar() + basensBeslut + " skalad till riksnormen "
                        + ny.ar() + " (" + riksnormen + "), största rest per kolumn",
                Tillforlitlighet.HARLEDD, null);
    }
}
