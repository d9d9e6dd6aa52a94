package se.riksnorm.domain.berakning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * Försörjningsstöd as the riksnorm has worked since (at least) 2019: Σ personliga kostnader of the
 * household + gemensamma kostnader for its size (SoF 2001:937 2 kap. 1 §) + skäliga kostnader
 * (SoL 4 kap. 3 §) − income, with jobbstimulans (SoL 4 kap. 1 b §). Reference README §3.
 */
final class RiksnormsreglerSoF2019 implements Regelverk {

    static final RiksnormsreglerSoF2019 INSTANS = new RiksnormsreglerSoF2019();

    /** The share of net earned income not counted under jobbstimulans (SoL 4 kap. 1 b §: 25 procent). */
    private static final BigDecimal JOBBSTIMULANS_PROCENT = BigDecimal.valueOf(25);
    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    private static final int RADTYPER = Radtyp.values().length;
    /** How the disregarded part is rounded: no source says; nearest krona is the neutral choice (docs/adr/0021). */
    private static final Avrundning JOBBSTIMULANS_AVRUNDNING = Avrundning.HALVT_UPPAT;
    /** The share of gemensamma kostnader without a kommun decision on its rounding (docs/adr/0004). */
    private static final Avrundning ANDEL_UTAN_KOMMUNBESLUT = Avrundning.HALVT_UPPAT;
    private static final Giltighet GILTIGHET = new Giltighet(YearMonth.of(2019, 1), YearMonth.of(2026, 12));

    private RiksnormsreglerSoF2019() {
    }

    @Override
    public String namn() {
        return "Riksnormen enligt socialtjänstförordningen (2001:937) 2 kap. 1 § och socialtjänstlagen (2001:453) "
                + "4 kap. 1–3 §§, lydelse 2019–2026";
    }

    @Override
    public Giltighet giltighet() {
        return GILTIGHET;
    }

    @Override
    public Berakningsresultat berakna(Forfragan forfragan, Normlage lage) {
        return forbered(lage).berakna(forfragan);
    }

    @Override
    public Tillampning forbered(Normlage lage) {
        return new Forberedd(lage);
    }

    /** A line not yet given to a member, with the notes it brings (a kommun's split that does not sum, say). */
    private record Radmall(Rad rad, List<Anmarkning> anmarkningar) {

        Rad till(String medlem) {
            return medlem == null ? rad : new Rad(rad.typ(), medlem, rad.kolumn(), rad.benamning(), rad.kronor(), rad.regeltext(), rad.grunder(),
                    rad.poster());
        }
    }

    /**
     * These rules over one kommun's norms for one riksnorm year. The lines that depend on nothing but a column or the
     * household size (a whole month, no others in the home) are worded once here, with their grunder and the kommun's
     * posts; a calculation then only puts the household's lines together. They are the same in every month of the year,
     * so they are worded for its first month.
     */
    private static final class Forberedd implements Tillampning {

        private final Normlage lage;
        private final Riksnorm riksnorm;
        private final Optional<Fordelning> fordelning;
        private final Dagberakning dagberakning;
        private final Grund dagregel;
        private final Normunderlag normunderlag;
        /** The notes every calculation with these norms starts with. */
        private final List<Anmarkning> anmarkningar = new ArrayList<>();
        private final Map<Aldersgrupp, Radmall> personligaHelManad = new EnumMap<>(Aldersgrupp.class);
        private final Map<Aldersgrupp, Radmall> personligaEjLunchHelManad = new EnumMap<>(Aldersgrupp.class);
        private final Map<Integer, Radmall> personligaDelAvManad = new java.util.concurrent.ConcurrentHashMap<>();
        /** By household size, 1 up to the largest household a calculation may have. */
        private final Radmall[] gemensammaHelManad = new Radmall[Forfragningskontroll.STORSTA_HUSHALL + 1];

        Forberedd(Normlage lage) {
            this.lage = lage;
            this.riksnorm = lage.riksnorm();
            this.fordelning = lage.fordelningen();
            this.dagberakning = lage.kommun().berakning().dagberakning();
            this.dagregel = Grunder.kommuninstallning(lage.kommun().namn(),
                    "dagberäkning " + dagberakning.name().toLowerCase(java.util.Locale.ROOT));
            this.normunderlag = Normunderlag.av(lage);
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

        @Override
        public Berakningsresultat berakna(Forfragan forfragan) {
            Berakning berakning = new Berakning(forfragan, this);
            berakning.personligaKostnader();
            berakning.gemensammaKostnader();
            berakning.kostnaderOchInkomster();
            return berakning.resultat();
        }

        /**
         * A person's line for {@code dagar} of the period; {@code ejLunch} where the lower amount applies. Lines for part
         * of a month are worded the first time they are needed and kept: there are at most 10 columns × 31 days × 4 month
         * lengths × 2 of them.
         */
        Radmall personlig(Aldersgrupp kolumn, int dagar, Period period, boolean ejLunch) {
            if (dagar >= period.dagarIManaden()) {
                return (ejLunch ? personligaEjLunchHelManad : personligaHelManad).get(kolumn);
            }
            int nyckel = ((kolumn.ordinal() * 32 + dagar) * 32 + period.dagarIManaden()) * 2 + (ejLunch ? 1 : 0);
            return personligaDelAvManad.computeIfAbsent(nyckel, k -> personligRad(kolumn, dagar, period, ejLunch));
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
            List<Grund> grunder = new ArrayList<>(List.of(Grunder.riksnorm(riksnorm, manad), Grunder.SOF_2_KAP_1));
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
                regel = "Riksnorm " + riksnorm.ar() + ", " + Kolumnrubrik.personer(n) + ": " + kr(helt);
            } else {
                int sju = Riksnorm.STORSTA_TABELLERADE_HUSHALL;
                Normbelopp g7 = riksnorm.gemensammaKostnader().get(sju);
                grunder.add(Grunder.riksnorm(riksnorm, g7));
                grunder.add(new Grund(Grundtyp.FORFATTNING, riksnorm.storreHushallKalla().titel(),
                        riksnorm.storreHushallKalla().tillforlitlighet().name()));
                regel = "Riksnorm " + riksnorm.ar() + ", " + Kolumnrubrik.personer(n) + ": " + kr(g7.kronor()) + " (7 personer) + "
                        + (n - sju) + " × " + kr(riksnorm.tillaggPerPersonOverSju()) + " (7 personer − 6 personer) = " + kr(helt);
            }
            grunder.add(Grunder.SOF_2_KAP_1);
            Kronor manad = helt;
            String benamning = Radtyp.GEMENSAMMA_KOSTNADER.benamning() + ", " + Kolumnrubrik.personer(n);
            int iBerakningen = n - ovriga;
            if (ovriga > 0) {
                Avrundning avrundning = fordelning.map(f -> f.hemmavarandeUngdom().andelensAvrundning()).orElse(ANDEL_UTAN_KOMMUNBESLUT);
                manad = avrundning.avrundaKvot(helt.toBigDecimal().multiply(BigDecimal.valueOf(iBerakningen)), BigDecimal.valueOf(n));
                regel += "; andel för " + iBerakningen + " av " + n + ": " + kr(helt) + " × " + iBerakningen + " / " + n + " = "
                        + kr(manad) + " (avrundat " + avrundning.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
                benamning += ", andel för " + Kolumnrubrik.personer(iBerakningen);
                grunder.add(ungdom && fordelning.isPresent()
                        ? Grunder.kommunbeslut(fordelning.get(), "norm för hemmavarande ungdom") : Grunder.HUSHALLSGEMENSKAP);
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
                        + " av " + vad + " summerar till " + kr(kommunens.summa()) + ", men riksnormen är " + kr(riksnormen)
                        + ". Riksnormens belopp används; kommunens poster visas som de beslutats."));
            }
            return kommunens.belopp().entrySet().stream()
                    .map(e -> new Delpost(e.getKey().nyckel(), e.getKey().benamning(), e.getValue())).toList();
        }
    }

    /** One calculation's working state: the household's lines, put together from the prepared norms; used once. */
    private static final class Berakning {

        private final Forfragan forfragan;
        private final Forberedd normer;
        private final Period period;
        private final List<Medlem> hushall = new ArrayList<>();
        private final int hushalletsStorlek;
        private final List<Rad> rader = new ArrayList<>();
        private final List<Anmarkning> anmarkningar;

        Berakning(Forfragan forfragan, Forberedd normer) {
            this.forfragan = forfragan;
            this.normer = normer;
            this.period = forfragan.period();
            for (Medlem medlem : forfragan.medlemmar()) {
                if (medlem.roll() != Roll.UMGANGESBARN) {
                    hushall.add(medlem);
                }
            }
            this.hushalletsStorlek = hushall.size() + forfragan.ovrigaIHushallet();
            this.anmarkningar = new ArrayList<>(normer.anmarkningar);
        }

        void personligaKostnader() {
            Optional<Medlem> sokande = forsta(Roll.SOKANDE);
            Optional<Medlem> make = forsta(Roll.MAKE_MAKA_SAMBO);
            for (Medlem medlem : forfragan.medlemmar()) {
                switch (medlem.roll()) {
                    case SOKANDE -> personlig(make.isPresent() ? medlem.id() + " och " + make.get().id() : medlem.id(),
                            make.isPresent() ? Aldersgrupp.SAMMANBOENDE : Aldersgrupp.ENSAMSTAENDE, period.dagar(), false);
                    case MAKE_MAKA_SAMBO -> {
                        if (sokande.isEmpty()) {
                            throw new IllegalStateException("make utan sökande ska ha avvisats");
                        }
                    }
                    case VUXEN_I_HUSHALLSGEMENSKAP, HEMMAVARANDE_VUXET_BARN ->
                            personlig(medlem.id(), Aldersgrupp.ENSAMSTAENDE, period.dagar(), false);
                    case BARN, HEMMAVARANDE_SKOLUNGDOM -> personlig(medlem.id(), kolumn(medlem), dagar(medlem),
                            medlem.lunchIForskolan());
                    case UMGANGESBARN -> umgange(medlem);
                }
            }
        }

        private void personlig(String medlem, Aldersgrupp kolumn, int dagar, boolean lunchIForskolan) {
            boolean ejLunch = lunchIForskolan && normer.riksnorm.ejLunch(kolumn).isPresent();
            if (lunchIForskolan && !ejLunch) {
                anmarkningar.add(new Anmarkning("EJ_LUNCH_SAKNAS", "Riksnormen " + normer.riksnorm.ar()
                        + " har inga belopp för barn som äter lunch i förskolan: " + medlem + " räknas med det fulla beloppet "
                        + kr(normer.riksnorm.personliga(kolumn)) + "."));
            }
            lagg(normer.personlig(kolumn, dagar, period, ejLunch), medlem);
        }

        private void umgange(Medlem barn) {
            Fordelning kommunens = normer.fordelning.orElseThrow(() -> new IllegalStateException("umgänge utan fördelning ska ha avvisats"));
            Aldersgrupp kolumn = kolumn(barn);
            Kronor perDag = kommunens.umgangesnormPerDag().get(kolumn);
            Kronor belopp = perDag.times(barn.dagar());
            rader.add(new Rad(Radtyp.UMGANGESNORM, barn.id(), kolumn.nyckel(),
                    Radtyp.UMGANGESNORM.benamning() + ", " + kolumn.benamning(), belopp,
                    Regeltext.av("Umgängesnorm " + kommunens.ar() + ", " + kolumn.benamning() + ": ", perDag, " per dag × ",
                            barn.dagar(), " dagar = ", belopp),
                    List.of(Grunder.kommunbeslut(kommunens, "umgängesnorm")), List.of()));
        }

        void gemensammaKostnader() {
            boolean ungdom = forsta(Roll.HEMMAVARANDE_VUXET_BARN).isPresent();
            lagg(normer.gemensamma(hushalletsStorlek, forfragan.ovrigaIHushallet(), ungdom, period), null);
        }

        void kostnaderOchInkomster() {
            for (Kostnad kostnad : forfragan.kostnader()) {
                Radtyp typ = kostnad.typ().arSkaligKostnad() ? Radtyp.SKALIG_KOSTNAD : Radtyp.LIVSFORING_I_OVRIGT;
                List<Grund> grunder = kostnad.typ().arSkaligKostnad()
                        ? List.of(Grunder.uppgift(kostnad.beskrivning()), Grunder.SOL_4_KAP_3)
                        : List.of(Grunder.uppgift(kostnad.beskrivning()));
                rader.add(new Rad(typ, null, null, kostnad.typ().benamning(), kostnad.belopp(),
                        Regeltext.av(kostnad.typ().benamning(), " enligt uppgift: ", kostnad.belopp()), grunder, List.of()));
            }
            for (Inkomst inkomst : forfragan.inkomster()) {
                rader.add(new Rad(Radtyp.INKOMST, inkomst.medlem(), null, inkomst.typ().benamning(), inkomst.belopp(),
                        Regeltext.av(inkomst.typ().benamning(), " enligt uppgift: ", inkomst.belopp()),
                        List.of(Grunder.uppgift(inkomst.beskrivning())), List.of()));
                if (inkomst.jobbstimulans()) {
                    Kronor bortses = JOBBSTIMULANS_AVRUNDNING.avrundaKvot(
                            inkomst.belopp().toBigDecimal().multiply(JOBBSTIMULANS_PROCENT), HUNDRA);
                    rader.add(new Rad(Radtyp.JOBBSTIMULANS, inkomst.medlem(), null, Radtyp.JOBBSTIMULANS.benamning(), bortses,
                            Regeltext.av(JOBBSTIMULANS_PROCENT, " % av ", inkomst.belopp(), " = ", bortses,
                                    " (avrundat till hel krona) räknas inte som inkomst"),
                            List.of(Grunder.JOBBSTIMULANS), List.of()));
                }
            }
        }

        Berakningsresultat resultat() {
            long[] summor = summor();
            Kronor riksnormen = summa(summor, Radtyp.PERSONLIGA_KOSTNADER).plus(summa(summor, Radtyp.GEMENSAMMA_KOSTNADER));
            Kronor umgange = summa(summor, Radtyp.UMGANGESNORM);
            Kronor skaliga = summa(summor, Radtyp.SKALIG_KOSTNAD);
            Kronor inkomster = summa(summor, Radtyp.INKOMST).minus(summa(summor, Radtyp.JOBBSTIMULANS));
            Kronor netto = riksnormen.plus(umgange).plus(skaliga).minus(inkomster);
            Kronor forsorjningsstod = netto.isNegative() ? Kronor.NOLL : netto;
            Kronor overskott = netto.isNegative() ? Kronor.NOLL.minus(netto) : Kronor.NOLL;
            Kronor livsforing = summa(summor, Radtyp.LIVSFORING_I_OVRIGT);
            Kronor livsforingEfterOverskott = livsforing.compareTo(overskott) > 0 ? livsforing.minus(overskott) : Kronor.NOLL;
            Kronor overskottKvar = overskott.compareTo(livsforing) > 0 ? overskott.minus(livsforing) : Kronor.NOLL;
            if (!overskott.isZero()) {
                anmarkningar.add(new Anmarkning("OVERSKOTT", "Inkomsterna är " + kr(overskott) + " högre än behovet av försörjningsstöd: "
                        + "inget försörjningsstöd." + (livsforing.isZero() ? "" : " Överskottet räknas först mot livsföring i övrigt.")));
            }
            Summering summering = new Summering(riksnormen, umgange, skaliga, inkomster, forsorjningsstod, livsforingEfterOverskott,
                    forsorjningsstod.plus(livsforingEfterOverskott), overskottKvar);
            return new Berakningsresultat(period, normer.lage.kommun(), hushalletsStorlek, normer.normunderlag, rader, summering,
                    anmarkningar);
        }

        private void lagg(Radmall mall, String medlem) {
            rader.add(mall.till(medlem));
            anmarkningar.addAll(mall.anmarkningar());
        }

        private Optional<Medlem> forsta(Roll roll) {
            for (Medlem medlem : hushall) {
                if (medlem.roll() == roll) {
                    return Optional.of(medlem);
                }
            }
            return Optional.empty();
        }

        private Aldersgrupp kolumn(Medlem medlem) {
            return Kolumnval.barnkolumn(medlem, period.manad(), normer.lage.kommun().berakning().aldersbyte())
                    .orElseThrow(() -> new IllegalStateException("åldern ska ha kontrollerats"));
        }

        private int dagar(Medlem medlem) {
            return medlem.dagar() == null ? period.dagar() : Math.min(medlem.dagar(), period.dagar());
        }

        /** Every line's amount added to its kind's total, in one pass. */
        private long[] summor() {
            long[] summor = new long[RADTYPER];
            for (Rad rad : rader) {
                summor[rad.typ().ordinal()] = Math.addExact(summor[rad.typ().ordinal()], rad.kronor().belopp());
            }
            return summor;
        }

        private static Kronor summa(long[] summor, Radtyp typ) {
            return Kronor.of(summor[typ.ordinal()]);
        }
    }

    private static String kr(Kronor kronor) {
        return Beloppstext.kr(kronor);
    }
}
