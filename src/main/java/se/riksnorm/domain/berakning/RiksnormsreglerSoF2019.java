package se.riksnorm.domain.berakning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
    /** How the disregarded part is rounded: no source says; nearest krona is the neutral choice (docs/adr/0021). */
    private static final Avrundning JOBBSTIMULANS_AVRUNDNING = Avrundning.HALVT_UPPAT;
    /** The share of gemensamma kostnader without a kommun decision on its rounding (docs/adr/0004). */
    private static final Avrundning ANDEL_UTAN_KOMMUNBESLUT = Avrundning.HALVT_UPPAT;

    private RiksnormsreglerSoF2019() {
    }

    @Override
    public String namn() {
        return "Riksnormen enligt socialtjänstförordningen (2001:937) 2 kap. 1 § och socialtjänstlagen (2001:453) "
                + "4 kap. 1–3 §§, lydelse 2019–2026";
    }

    @Override
    public Giltighet giltighet() {
        return new Giltighet(YearMonth.of(2019, 1), YearMonth.of(2026, 12));
    }

    @Override
    public Berakningsresultat berakna(Forfragan forfragan, Normlage lage) {
        Berakning berakning = new Berakning(forfragan, lage);
        berakning.personligaKostnader();
        berakning.gemensammaKostnader();
        berakning.kostnaderOchInkomster();
        return berakning.resultat();
    }

    /** One calculation's working state; used once. */
    private static final class Berakning {

        private final Forfragan forfragan;
        private final Normlage lage;
        private final Riksnorm riksnorm;
        private final Optional<Fordelning> fordelning;
        private final Period period;
        private final Dagberakning dagberakning;
        private final List<Medlem> hushall;
        private final int hushalletsStorlek;
        private final List<Rad> rader = new ArrayList<>();
        private final List<Anmarkning> anmarkningar = new ArrayList<>();

        Berakning(Forfragan forfragan, Normlage lage) {
            this.forfragan = forfragan;
            this.lage = lage;
            this.riksnorm = lage.riksnorm();
            this.fordelning = lage.fordelningen();
            this.period = forfragan.period();
            this.dagberakning = lage.kommun().berakning().dagberakning();
            this.hushall = forfragan.medlemmar().stream().filter(m -> m.roll() != Roll.UMGANGESBARN).toList();
            this.hushalletsStorlek = hushall.size() + forfragan.ovrigaIHushallet();
            if (fordelning.isEmpty()) {
                anmarkningar.add(new Anmarkning("FORDELNING_SAKNAS", lage.kommun().namn() + " har ingen fördelning av riksnormen för "
                        + riksnorm.ar() + ": beloppen är riksnormens, utan kommunens poster."));
            }
        }

        void personligaKostnader() {
            Optional<Medlem> sokande = hushall.stream().filter(m -> m.roll() == Roll.SOKANDE).findFirst();
            Optional<Medlem> make = hushall.stream().filter(m -> m.roll() == Roll.MAKE_MAKA_SAMBO).findFirst();
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
            Normbelopp manad = riksnorm.personligaKostnader().get(kolumn);
            String benamning = Radtyp.PERSONLIGA_KOSTNADER.benamning() + ", " + kolumn.benamning();
            boolean ejLunch = false;
            if (lunchIForskolan) {
                Optional<Normbelopp> lagre = riksnorm.ejLunch(kolumn);
                if (lagre.isPresent()) {
                    manad = lagre.get();
                    ejLunch = true;
                    benamning += ", ej lunch 5 dagar/vecka";
                } else {
                    anmarkningar.add(new Anmarkning("EJ_LUNCH_SAKNAS", "Riksnormen " + riksnorm.ar()
                            + " har inga belopp för barn som äter lunch i förskolan: " + medlem + " räknas med det fulla beloppet "
                            + kr(manad.kronor()) + "."));
                }
            }
            Kronor belopp = dagberakning.forDagar(manad.kronor(), dagar, period.dagarIManaden());
            List<Grund> grunder = new ArrayList<>(List.of(Grunder.riksnorm(riksnorm, manad), Grunder.SOF_2_KAP_1));
            List<Delpost> poster = List.of();
            if (dagar < period.dagarIManaden()) {
                grunder.add(dagregel());
            } else if (!ejLunch && fordelning.isPresent()) {
                Poster kommunens = fordelning.get().personligaKostnader().get(kolumn);
                poster = delposter(kommunens, manad.kronor(), "personliga kostnader " + kolumn.benamning());
                grunder.add(Grunder.kommunbeslut(fordelning.get(), "fördelning av riksnormen"));
            }
            rader.add(new Rad(Radtyp.PERSONLIGA_KOSTNADER, medlem, kolumn.nyckel(), benamning, belopp,
                    "Riksnorm " + riksnorm.ar() + ", " + kolumn.benamning() + (ejLunch ? " ej lunch" : "") + ": "
                            + Beloppstext.forDagar(manad.kronor(), dagar, period.dagarIManaden(), dagberakning, belopp),
                    grunder, poster));
        }

        private void umgange(Medlem barn) {
            Fordelning kommunens = fordelning.orElseThrow(() -> new IllegalStateException("umgänge utan fördelning ska ha avvisats"));
            Aldersgrupp kolumn = kolumn(barn);
            Kronor perDag = kommunens.umgangesnormPerDag().get(kolumn);
            Kronor belopp = perDag.times(barn.dagar());
            rader.add(new Rad(Radtyp.UMGANGESNORM, barn.id(), kolumn.nyckel(),
                    Radtyp.UMGANGESNORM.benamning() + ", " + kolumn.benamning(), belopp,
                    "Umgängesnorm " + kommunens.ar() + ", " + kolumn.benamning() + ": " + kr(perDag) + " per dag × "
                            + barn.dagar() + " dagar = " + kr(belopp),
                    List.of(Grunder.kommunbeslut(kommunens, "umgängesnorm")), List.of()));
        }

        void gemensammaKostnader() {
            int n = hushalletsStorlek;
            Kronor helt = riksnorm.gemensamma(n);
            List<Grund> grunder = new ArrayList<>();
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
            int iBerakningen = hushall.size();
            if (forfragan.ovrigaIHushallet() > 0) {
                Avrundning avrundning = fordelning.map(f -> f.hemmavarandeUngdom().andelensAvrundning()).orElse(ANDEL_UTAN_KOMMUNBESLUT);
                manad = avrundning.avrundaKvot(helt.toBigDecimal().multiply(BigDecimal.valueOf(iBerakningen)), BigDecimal.valueOf(n));
                regel += "; andel för " + iBerakningen + " av " + n + ": " + kr(helt) + " × " + iBerakningen + " / " + n + " = "
                        + kr(manad) + " (avrundat " + avrundning.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
                benamning += ", andel för " + Kolumnrubrik.personer(iBerakningen);
                boolean ungdom = hushall.stream().anyMatch(m -> m.roll() == Roll.HEMMAVARANDE_VUXET_BARN);
                grunder.add(ungdom && fordelning.isPresent()
                        ? Grunder.kommunbeslut(fordelning.get(), "norm för hemmavarande ungdom") : Grunder.HUSHALLSGEMENSKAP);
            }
            Kronor belopp = dagberakning.forDagar(manad, period.dagar(), period.dagarIManaden());
            List<Delpost> poster = List.of();
            if (!period.arHelManad()) {
                regel += "; " + Beloppstext.forDagar(manad, period.dagar(), period.dagarIManaden(), dagberakning, belopp);
                grunder.add(dagregel());
            } else if (forfragan.ovrigaIHushallet() == 0 && fordelning.isPresent()) {
                Optional<Poster> kommunens = fordelning.get().gemensamma(n);
                if (kommunens.isPresent()) {
                    poster = delposter(kommunens.get(), helt, "gemensamma kostnader för " + Kolumnrubrik.personer(n));
                    grunder.add(Grunder.kommunbeslut(fordelning.get(), "fördelning av riksnormen"));
                }
            }
            rader.add(new Rad(Radtyp.GEMENSAMMA_KOSTNADER, null, Integer.toString(n), benamning, belopp, regel, grunder, poster));
        }

        void kostnaderOchInkomster() {
            for (Kostnad kostnad : forfragan.kostnader()) {
                Radtyp typ = kostnad.typ().arSkaligKostnad() ? Radtyp.SKALIG_KOSTNAD : Radtyp.LIVSFORING_I_OVRIGT;
                List<Grund> grunder = kostnad.typ().arSkaligKostnad()
                        ? List.of(Grunder.uppgift(kostnad.beskrivning()), Grunder.SOL_4_KAP_3)
                        : List.of(Grunder.uppgift(kostnad.beskrivning()));
                rader.add(new Rad(typ, null, null, kostnad.typ().benamning(), kostnad.belopp(),
                        kostnad.typ().benamning() + " enligt uppgift: " + kr(kostnad.belopp()), grunder, List.of()));
            }
            for (Inkomst inkomst : forfragan.inkomster()) {
                rader.add(new Rad(Radtyp.INKOMST, inkomst.medlem(), null, inkomst.typ().benamning(), inkomst.belopp(),
                        inkomst.typ().benamning() + " enligt uppgift: " + kr(inkomst.belopp()),
                        List.of(Grunder.uppgift(inkomst.beskrivning())), List.of()));
                if (inkomst.jobbstimulans()) {
                    Kronor bortses = JOBBSTIMULANS_AVRUNDNING.avrundaKvot(
                            inkomst.belopp().toBigDecimal().multiply(JOBBSTIMULANS_PROCENT), HUNDRA);
                    rader.add(new Rad(Radtyp.JOBBSTIMULANS, inkomst.medlem(), null, Radtyp.JOBBSTIMULANS.benamning(), bortses,
                            JOBBSTIMULANS_PROCENT + " % av " + kr(inkomst.belopp()) + " = " + kr(bortses)
                                    + " (avrundat till hel krona) räknas inte som inkomst",
                            List.of(Grunder.JOBBSTIMULANS), List.of()));
                }
            }
        }

        Berakningsresultat resultat() {
            Kronor riksnormen = summa(Radtyp.PERSONLIGA_KOSTNADER).plus(summa(Radtyp.GEMENSAMMA_KOSTNADER));
            Kronor umgange = summa(Radtyp.UMGANGESNORM);
            Kronor skaliga = summa(Radtyp.SKALIG_KOSTNAD);
            Kronor inkomster = summa(Radtyp.INKOMST).minus(summa(Radtyp.JOBBSTIMULANS));
            Kronor netto = riksnormen.plus(umgange).plus(skaliga).minus(inkomster);
            Kronor forsorjningsstod = netto.isNegative() ? Kronor.NOLL : netto;
            Kronor overskott = netto.isNegative() ? Kronor.NOLL.minus(netto) : Kronor.NOLL;
            Kronor livsforing = summa(Radtyp.LIVSFORING_I_OVRIGT);
            Kronor livsforingEfterOverskott = livsforing.compareTo(overskott) > 0 ? livsforing.minus(overskott) : Kronor.NOLL;
            Kronor overskottKvar = overskott.compareTo(livsforing) > 0 ? overskott.minus(livsforing) : Kronor.NOLL;
            if (!overskott.isZero()) {
                anmarkningar.add(new Anmarkning("OVERSKOTT", "Inkomsterna är " + kr(overskott) + " högre än behovet av försörjningsstöd: "
                        + "inget försörjningsstöd." + (livsforing.isZero() ? "" : " Överskottet räknas först mot livsföring i övrigt.")));
            }
            Summering summering = new Summering(riksnormen, umgange, skaliga, inkomster, forsorjningsstod, livsforingEfterOverskott,
                    forsorjningsstod.plus(livsforingEfterOverskott), overskottKvar);
            Normunderlag normer = Normunderlag.av(lage);
            return new Berakningsresultat(period, lage.kommun(), hushalletsStorlek, normer, rader, summering, anmarkningar);
        }

        private List<Delpost> delposter(Poster kommunens, Kronor riksnormen, String vad) {
            if (!kommunens.summa().equals(riksnormen)) {
                anmarkningar.add(new Anmarkning("FORDELNING_AVVIKER", lage.kommun().namn() + "s fördelning " + fordelning.get().ar()
                        + " av " + vad + " summerar till " + kr(kommunens.summa()) + ", men riksnormen är " + kr(riksnormen)
                        + ". Riksnormens belopp används; kommunens poster visas som de beslutats."));
            }
            return kommunens.belopp().entrySet().stream()
                    .map(e -> new Delpost(e.getKey().nyckel(), e.getKey().benamning(), e.getValue())).toList();
        }

        private Grund dagregel() {
            return Grunder.kommuninstallning(lage.kommun().namn(), "dagberäkning " + dagberakning.name().toLowerCase(java.util.Locale.ROOT));
        }

        private Aldersgrupp kolumn(Medlem medlem) {
            return Kolumnval.barnkolumn(medlem, period.manad(), lage.kommun().berakning().aldersbyte())
                    .orElseThrow(() -> new IllegalStateException("åldern ska ha kontrollerats"));
        }

        private int dagar(Medlem medlem) {
            return medlem.dagar() == null ? period.dagar() : Math.min(medlem.dagar(), period.dagar());
        }

        private Kronor summa(Radtyp typ) {
            return Kronor.sum(rader.stream().filter(r -> r.typ() == typ).map(Rad::kronor).toList());
        }

        private static String kr(Kronor kronor) {
            return Beloppstext.kr(kronor);
        }
    }
}
