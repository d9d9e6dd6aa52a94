package se.riksnorm.domain.berakning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * The lines of one kommun's norms in one month's law that depend on nothing but a column or the household size
 * (a whole month, no others in the home), worded once with their grunder and the kommun's posts; a calculation
 * then only puts the household's lines together (docs/adr/0031). Part-month lines are worded when first needed
 * and kept: at most 10 columns × 31 days × 4 month lengths × 2 of them.
 */
final class Radmallar {

    /** The share of gemensamma kostnader without a kommun decision on its rounding (docs/adr/0004). */
    private static final Avrundning ANDEL_UTAN_KOMMUNBESLUT = Avrundning.HALVT_UPPAT;

    final Normlage lage;
    final Riksnorm riksnorm;
    final Optional<Fordelning> fordelning;
    final Normunderlag normunderlag;
    /** The notes every calculation with these norms starts with. */
    final List<Anmarkning> anmarkningar = new ArrayList<>();
    private final Dagberakning dagberakning;
    private final Grund dagregel;
    private final Grund riksnormensBelopp;
    /** Each rule of the month's law as a grund, worded once (a line names one per cost, income and reduction). */
    private final Map<Lagrum, Grund> lagrumsgrunder = new EnumMap<>(Lagrum.class);
    private final Map<Aldersgrupp, Radmall> personligaHelManad = new EnumMap<>(Aldersgrupp.class);
    private final Map<Aldersgrupp, Radmall> personligaEjLunchHelManad = new EnumMap<>(Aldersgrupp.class);
    /**
     * Part-month lines by column, days, the month's length and ej lunch, worded on first use. A plain array: a line is
     * immutable (final fields), so a racing first use words it twice at worst; a hash map of these keys was slower.
     */
    private final Radmall[] personligaDelAvManad = new Radmall[Aldersgrupp.values().length * 32 * 4 * 2];
    /** By household size, 1 up to the largest household a calculation may have. */
    private final Radmall[] gemensammaHelManad = new Radmall[Forfragningskontroll.STORSTA_HUSHALL + 1];

    Radmallar(Normlage lage) {
        this.lage = lage;
        this.riksnorm = lage.riksnorm();
        this.fordelning = lage.fordelningen();
        this.dagberakning = lage.kommun().berakning().dagberakning();
        this.dagregel = Grunder.kommuninstallning(lage.kommun().namn(),
                "dagberäkning " + dagberakning.name().toLowerCase(Locale.ROOT));
        for (Lagrum regel : Lagrum.values()) {
            lage.regler().lagrum(regel).ifPresent(version -> lagrumsgrunder.put(regel, Grunder.lagrum(version)));
        }
        this.riksnormensBelopp = lagrumsgrund(Lagrum.RIKSNORMENS_BELOPP);
        this.normunderlag = Normunderlag.av(lage);
        if (riksnorm.status() == Riksnormstatus.PRELIMINAR) {
            anmarkningar.add(new Anmarkning("PRELIMINAR_RIKSNORM", "Riksnormen " + riksnorm.ar() + " är preliminär (härledd eller "
                    + "ännu inte inmatad som publicerad): beloppen kan ändras när regeringens tabell matas in."));
        }
        if (fordelning.isEmpty()) {
            anmarkningar.add(new Anmarkning("FORDELNING_SAKNAS", lage.kommun().namn() + " har ingen fördelning av riksnormen för "
                    + riksnorm.ar() + ": beloppen är riksnormens, utan kommunens poster."));
        }
        Period helManad = Period.helManad(riksnorm.giltighet().fran());
        for (Aldersgrupp kolumn : Aldersgrupp.values()) {
            personligaHelManad.put(kolumn, personligRad(kolumn, helManad.dagar(), helManad, false));
            if (riksnorm.ejLunch(kolumn).isPresent()) {
                personligaEjLunchHelManad.put(kolumn, personligRad(kolumn, helManad.dagar(), helManad, true));
            }
        }
        for (int n = 1; n < gemensammaHelManad.length; n++) {
            gemensammaHelManad[n] = gemensammaRad(n, 0, false, helManad);
        }
    }

    /** The rule as the month's law words it; the rule set only asks for rules its law has (checked before). */
    Grund lagrumsgrund(Lagrum regel) {
        Grund grund = lagrumsgrunder.get(regel);
        if (grund == null) {
            throw new IllegalStateException("lagrummet " + regel.nyckel() + " saknas för " + lage.regler().ar());
        }
        return grund;
    }

    /** Whether the year's table has the lower amount for a child of the column who eats lunch at förskola. */
    boolean harEjLunch(Aldersgrupp kolumn) {
        return personligaEjLunchHelManad.containsKey(kolumn); // an EnumMap: a slot, not the table's map
    }

    /** A person's line for {@code dagar} of the period; {@code ejLunch} where the lower amount applies. */
    Radmall personlig(Aldersgrupp kolumn, int dagar, Period period, boolean ejLunch) {
        if (dagar >= period.dagarIManaden()) {
            return (ejLunch ? personligaEjLunchHelManad : personligaHelManad).get(kolumn);
        }
        int plats = ((kolumn.ordinal() * 32 + dagar) * 4 + period.dagarIManaden() - 28) * 2 + (ejLunch ? 1 : 0);
        Radmall mall = personligaDelAvManad[plats];
        if (mall == null) {
            mall = personligRad(kolumn, dagar, period, ejLunch);
            personligaDelAvManad[plats] = mall;
        }
        return mall;
    }

    /** The household's line for gemensamma kostnader; {@code ovriga} of its {@code n} persons are not in the calculation. */
    Radmall gemensamma(int n, int ovriga, boolean ungdom, Period period) {
        if (ovriga == 0 && period.arHelManad() && n < gemensammaHelManad.length) {
            return gemensammaHelManad[n];
        }
        return gemensammaRad(n, ovriga, ungdom, period);
    }

    private Radmall personligRad(Aldersgrupp kolumn, int dagar, Period period, boolean ejLunch) {
        Normbelopp manad = ejLunch ? riksnorm.ejLunch(kolumn).orElseThrow() : riksnorm.personligaKostnader().get(kolumn);
        String benamning = Radtyp.PERSONLIGA_KOSTNADER.benamning() + ", " + kolumn.benamning()
                + (ejLunch ? ", ej lunch 5 dagar/vecka" : "");
        List<Anmarkning> noter = new ArrayList<>();
        Kronor belopp = dagberakning.forDagar(manad.kronor(), dagar, period.dagarIManaden());
        List<Grund> grunder = new ArrayList<>(List.of(Grunder.riksnorm(riksnorm, manad), riksnormensBelopp));
        List<Delpost> poster = List.of();
        if (dagar < period.dagarIManaden()) {
            grunder.add(dagregel);
        } else if (!ejLunch && fordelning.isPresent()) {
            Poster kommunens = fordelning.get().personligaKostnader().get(kolumn);
            poster = delposter(kommunens, manad.kronor(), "personliga kostnader " + kolumn.benamning(), noter);
            grunder.add(Grunder.kommunbeslut(fordelning.get(), "fördelning av riksnormen"));
        }
        return new Radmall(new Rad(Radtyp.PERSONLIGA_KOSTNADER, null, kolumn.nyckel(), benamning, belopp,
                Regeltext.av("Riksnorm " + riksnorm.ar() + ", " + kolumn.benamning() + (ejLunch ? " ej lunch" : "") + ": "
                        + Beloppstext.forDagar(manad.kronor(), dagar, period.dagarIManaden(), dagberakning, belopp)),
                grunder, poster), noter);
    }

    private Radmall gemensammaRad(int n, int ovriga, boolean ungdom, Period period) {
        Kronor helt = riksnorm.gemensamma(n);
        List<Grund> grunder = new ArrayList<>();
        List<Anmarkning> noter = new ArrayList<>();
        String regel;
        if (n <= Riksnorm.STORSTA_TABELLERADE_HUSHALL) {
            Normbelopp belopp = riksnorm.gemensammaKostnader().get(n);
            grunder.add(Grunder.riksnorm(riksnorm, belopp));
            regel = "Riksnorm " + riksnorm.ar() + ", " + Kolumnrubrik.personer(n) + ": " + Beloppstext.kr(helt);
        } else {
            int sju = Riksnorm.STORSTA_TABELLERADE_HUSHALL;
            Normbelopp g7 = riksnorm.gemensammaKostnader().get(sju);
            grunder.add(Grunder.riksnorm(riksnorm, g7));
            grunder.add(new Grund(Grundtyp.FORFATTNING, riksnorm.storreHushallKalla().titel(),
                    riksnorm.storreHushallKalla().tillforlitlighet().name()));
            regel = "Riksnorm " + riksnorm.ar() + ", " + Kolumnrubrik.personer(n) + ": " + Beloppstext.kr(g7.kronor())
                    + " (7 personer) + " + (n - sju) + " × " + Beloppstext.kr(riksnorm.tillaggPerPersonOverSju())
                    + " (7 personer − 6 personer) = " + Beloppstext.kr(helt);
        }
        grunder.add(riksnormensBelopp);
        Kronor manad = helt;
        String benamning = Radtyp.GEMENSAMMA_KOSTNADER.benamning() + ", " + Kolumnrubrik.personer(n);
        int iBerakningen = n - ovriga;
        if (ovriga > 0) {
            Avrundning avrundning = fordelning.map(f -> f.hemmavarandeUngdom().andelensAvrundning()).orElse(ANDEL_UTAN_KOMMUNBESLUT);
            manad = avrundning.avrundaKvot(helt.toBigDecimal().multiply(BigDecimal.valueOf(iBerakningen)), BigDecimal.valueOf(n));
            regel += "; andel för " + iBerakningen + " av " + n + ": " + Beloppstext.kr(helt) + " × " + iBerakningen + " / " + n
                    + " = " + Beloppstext.kr(manad) + " (" + avrundning.text() + ")";
            benamning += ", andel för " + Kolumnrubrik.personer(iBerakningen);
            grunder.add(ungdom && fordelning.isPresent()
                    ? Grunder.kommunbeslut(fordelning.get(), "norm för hemmavarande ungdom")
                    : Grunder.lagrum(lage.regler().lagrum(Lagrum.HUSHALLSGEMENSKAP).orElseThrow()));
        }
        Kronor belopp = dagberakning.forDagar(manad, period.dagar(), period.dagarIManaden());
        List<Delpost> poster = List.of();
        if (!period.arHelManad()) {
            regel += "; " + Beloppstext.forDagar(manad, period.dagar(), period.dagarIManaden(), dagberakning, belopp);
            grunder.add(dagregel);
        } else if (ovriga == 0 && fordelning.isPresent()) {
            Optional<Poster> kommunens = fordelning.get().gemensamma(n);
            if (kommunens.isPresent()) {
                poster = delposter(kommunens.get(), helt, "gemensamma kostnader för " + Kolumnrubrik.personer(n), noter);
                grunder.add(Grunder.kommunbeslut(fordelning.get(), "fördelning av riksnormen"));
            }
        }
        return new Radmall(new Rad(Radtyp.GEMENSAMMA_KOSTNADER, null, Integer.toString(n), benamning, belopp,
                Regeltext.av(regel), grunder, poster), noter);
    }

    private List<Delpost> delposter(Poster kommunens, Kronor riksnormen, String vad, List<Anmarkning> noter) {
        if (!kommunens.summa().equals(riksnormen)) {
            noter.add(new Anmarkning("FORDELNING_AVVIKER", lage.kommun().namn() + "s fördelning " + fordelning.get().ar()
                    + " av " + vad + " summerar till " + Beloppstext.kr(kommunens.summa()) + ", men riksnormen är "
                    + Beloppstext.kr(riksnormen) + ". Riksnormens belopp används; kommunens poster visas som de beslutats."));
        }
        return kommunens.belopp().entrySet().stream()
                .map(e -> new Delpost(e.getKey().nyckel(), e.getKey().benamning(), e.getValue())).toList();
    }
}
