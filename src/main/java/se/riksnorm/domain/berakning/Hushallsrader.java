package se.riksnorm.domain.berakning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.regler.Begransningsregel;
import se.riksnorm.domain.regler.Jobbstimulansregel;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Manadsregler;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * One household's lines in one month, each rule of försörjningsstöd one method, put together from the prepared
 * norms ({@link Radmallar}) and the law of the month; used once. A rule set says which of these it applies, in which
 * order, and the formula that adds them up.
 */
final class Hushallsrader {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);
    private static final int RADTYPER = Radtyp.values().length;

    private final Forfragan forfragan;
    private final Radmallar normer;
    private final Manadsregler lag;
    private final Period period;
    private final List<Medlem> hushall;
    private final int hushalletsStorlek;
    private final Redovisning redovisning;
    /** The lines, kept when the asker wants them ({@link Redovisning#MED_RADER}). */
    private final List<Rad> rader;
    /** Each kind's total by {@link Radtyp#ordinal()}, added up as the lines are made. */
    private final long[] summor = new long[RADTYPER];
    private final List<Anmarkning> anmarkningar;
    /** Each child's personliga kostnader line, for the begränsningsregel. */
    private final Map<String, Rad> barnensRader = new LinkedHashMap<>(8);
    /** The preliminary wordings and parameters the lines rest on, named in one note at the end; made when there is one. */
    private Map<Periodvarde<?>, String> preliminara;

    Hushallsrader(Forfragan forfragan, Radmallar normer, Redovisning redovisning) {
        this.forfragan = forfragan;
        this.redovisning = redovisning;
        this.rader = redovisning == Redovisning.MED_RADER ? new ArrayList<>(16) : List.of();
        this.normer = normer;
        this.lag = normer.lage.regler();
        this.period = forfragan.period();
        this.hushall = new ArrayList<>(forfragan.medlemmar().size());
        for (Medlem medlem : forfragan.medlemmar()) {
            if (medlem.roll() != Roll.UMGANGESBARN) {
                hushall.add(medlem);
            }
        }
        this.hushalletsStorlek = hushall.size() + forfragan.ovrigaIHushallet();
        this.anmarkningar = new ArrayList<>(normer.anmarkningar.size() + 4);
        this.anmarkningar.addAll(normer.anmarkningar);
        lag.lagrum(Lagrum.FORSORJNINGSSTOD).ifPresent(this::notera);
    }

    /** Each member's part of the riksnorm by column (SoF 2 kap. 1 §); a visiting child's umgängesnorm in its place. */
    void personligaKostnader() {
        Optional<Medlem> sokande = forsta(Roll.SOKANDE);
        Optional<Medlem> make = forsta(Roll.MAKE_MAKA_SAMBO);
        for (Medlem medlem : forfragan.medlemmar()) {
            switch (medlem.roll()) {
                // the couple's line names them both; a summary keeps no line, and its name is not made
                case SOKANDE -> personlig(make.isPresent() && redovisning == Redovisning.MED_RADER
                                ? medlem.id() + " och " + make.get().id() : medlem.id(),
                        make.isPresent() ? Aldersgrupp.SAMMANBOENDE : Aldersgrupp.ENSAMSTAENDE, period.dagar(), false);
                case MAKE_MAKA_SAMBO -> sokande.orElseThrow(() -> new IllegalStateException("make utan sökande ska ha avvisats"));
                case VUXEN_I_HUSHALLSGEMENSKAP, HEMMAVARANDE_VUXET_BARN ->
                        personlig(medlem.id(), Aldersgrupp.ENSAMSTAENDE, period.dagar(), false);
                case BARN, HEMMAVARANDE_SKOLUNGDOM -> barnensRader.put(medlem.id(),
                        personlig(medlem.id(), kolumn(medlem), dagar(medlem), medlem.lunchIForskolan()));
                case UMGANGESBARN -> umgange(medlem);
            }
        }
    }

    /** The begränsningsregel (from 2027): from the 4th child, each child's personliga kostnader reduced (docs/adr/0093). */
    void begransningsregel() {
        Periodvarde<Begransningsregel> parametrar = lag.begransningsregel().orElseThrow();
        Periodvarde<Lagrumstext> lagrum = lag.lagrum(Lagrum.BEGRANSNINGSREGEL).orElseThrow();
        List<Rad> nedsatta = Begransningsrader.rader(hushall.stream().filter(m -> barnensRader.containsKey(m.id())).toList(),
                barnensRader, forsta(Roll.MAKE_MAKA_SAMBO).isPresent(), period.till(), parametrar, lagrum);
        if (!nedsatta.isEmpty()) {
            notera(lagrum);
            notera(parametrar, () -> "begränsningsregelns procentsatser, ordning och infasning från " + parametrar.fran());
            nedsatta.forEach(this::lagg);
        }
    }

    /** Gemensamma kostnader for the household's size (SoF 2 kap. 1 §), or a share of them for someone in hushållsgemenskap. */
    void gemensammaKostnader() {
        boolean ungdom = forsta(Roll.HEMMAVARANDE_VUXET_BARN).isPresent();
        lagg(normer.gemensamma(hushalletsStorlek, forfragan.ovrigaIHushallet(), ungdom, period), null);
    }

    /** Skäliga kostnader as the handläggare assessed them, and levnadskostnader (livsföring) i övrigt beside them. */
    void kostnader() {
        if (forfragan.kostnader().isEmpty()) {
            return;
        }
        Periodvarde<Lagrumstext> ovrigt = lag.lagrum(Lagrum.LEVNADSKOSTNADER_I_OVRIGT).orElseThrow();
        for (Kostnad kostnad : forfragan.kostnader()) {
            boolean skalig = kostnad.typ().arSkaligKostnad();
            Radtyp typ = skalig ? Radtyp.SKALIG_KOSTNAD : Radtyp.LIVSFORING_I_OVRIGT;
            lagg(typ, kostnad.belopp(), () -> {
                String benamning = skalig ? kostnad.typ().benamning() : levnadskostnaderIOvrigt(ovrigt);
                return new Rad(typ, null, null, benamning, kostnad.belopp(), Regeltext.av(benamning, " enligt uppgift: ", kostnad.belopp()),
                        List.of(Grunder.uppgift(kostnad.beskrivning()),
                                normer.lagrumsgrund(skalig ? Lagrum.SKALIGA_KOSTNADER : Lagrum.LEVNADSKOSTNADER_I_OVRIGT)), List.of());
            });
        }
    }

    /** Every income as stated; the part not counted under jobbstimulans, and of a hemmavarande child's earnings. */
    void inkomster() {
        for (Inkomst inkomst : forfragan.inkomster()) {
            lagg(Radtyp.INKOMST, inkomst.belopp(), () -> new Rad(Radtyp.INKOMST, inkomst.medlem(), null, inkomst.typ().benamning(),
                    inkomst.belopp(), Regeltext.av(inkomst.typ().benamning(), " enligt uppgift: ", inkomst.belopp()),
                    List.of(Grunder.uppgift(inkomst.beskrivning())), List.of()));
            if (inkomst.jobbstimulans()) {
                jobbstimulans(inkomst);
            }
        }
        for (Medlem barn : hushall) {
            if (barnensRader.containsKey(barn.id())) {
                barnsArbetsinkomst(barn);
            }
        }
    }

    private void jobbstimulans(Inkomst inkomst) {
        Periodvarde<Jobbstimulansregel> parametrar = lag.jobbstimulans().orElseThrow();
        Jobbstimulansregel regel = parametrar.varde();
        Kronor bortses = regel.avrundning().avrundaKvot(inkomst.belopp().toBigDecimal().multiply(regel.procent()), HUNDRA);
        notera(parametrar, () -> "jobbstimulansens procent från " + parametrar.fran());
        lagg(Radtyp.JOBBSTIMULANS, bortses, () -> new Rad(Radtyp.JOBBSTIMULANS, inkomst.medlem(), null,
                Radtyp.JOBBSTIMULANS.benamning(), bortses, Regeltext.av(Beloppstext.procent(regel.procent()), " av ", inkomst.belopp(),
                        " = ", bortses, " (" + regel.avrundning().text() + ") räknas inte som inkomst"),
                List.of(normer.lagrumsgrund(Lagrum.JOBBSTIMULANS)), List.of()));
    }

    /** A hemmavarande child's earnings from work: only what the year's earnings exceed one prisbasbelopp by counts. */
    private void barnsArbetsinkomst(Medlem barn) {
        Kronor manadens = Kronor.NOLL;
        for (Inkomst inkomst : forfragan.inkomster()) {
            if (barn.id().equals(inkomst.medlem()) && inkomst.typ().arForvarvsinkomst()) {
                manadens = manadens.plus(inkomst.belopp());
            }
        }
        if (manadens.isZero()) {
            return;
        }
        Periodvarde<Lagrumstext> lagrum = lag.lagrum(Lagrum.BARNS_ARBETSINKOMSTER).orElseThrow();
        if (!omfattasAvBarnregeln(barn)) {
            anmarkningar.add(new Anmarkning("BARNS_ARBETSINKOMST_RAKNAS", barn.id() + " är " + alder(barn) + " år och går inte i "
                    + "skolan: arbetsinkomsten " + Beloppstext.kr(manadens) + " räknas i sin helhet (" + lagrum.varde().lagrum() + ")."));
            return;
        }
        lagg(BarnsArbetsinkomst.rad(barn, manadens, lag.ar(), lag.prisbasbelopp().orElseThrow(), lagrum));
    }

    /** A child under 18, or a skolungdom: the role says so for 19–20, the request for an 18-year-old (checked before). */
    private boolean omfattasAvBarnregeln(Medlem barn) {
        return barn.roll() == Roll.HEMMAVARANDE_SKOLUNGDOM || alder(barn) < Kolumnval.MYNDIG || Boolean.TRUE.equals(barn.skolgang());
    }

    /** Reductions the handläggare decided, each with its reason and the rule of the month it rests on. */
    void nedsattningar() {
        for (Nedsattning nedsattning : forfragan.nedsattningar()) {
            Periodvarde<Lagrumstext> lagrum = lag.lagrum(nedsattning.grund().lagrum()).orElseThrow(
                    () -> new IllegalStateException("en nedsättning utan lagrum ska ha avvisats"));
            notera(lagrum);
            lagg(Radtyp.NEDSATTNING, nedsattning.belopp(), () -> new Rad(Radtyp.NEDSATTNING, null, null,
                    Radtyp.NEDSATTNING.benamning() + ", " + nedsattning.grund().benamning(), nedsattning.belopp(),
                    Regeltext.av("Beslutad av handläggaren (" + nedsattning.grund().benamning() + "): " + nedsattning.motivering() + ": ",
                            nedsattning.belopp()),
                    List.of(normer.lagrumsgrund(nedsattning.grund().lagrum()), Grunder.uppgift(nedsattning.motivering())), List.of()));
        }
    }

    /** The result: the lines, their totals by the rule set's formula, and every note. */
    Berakningsresultat resultat(Function<Summor, Summering> formel) {
        Summor summor = Summor.av(this.summor);
        Summering summering = formel.apply(summor);
        if (!summering.overskott().isZero() || summering.livsforingIOvrigt().compareTo(summor.levnadskostnaderIOvrigt()) < 0) {
            Kronor overskott = summering.overskott().plus(summor.levnadskostnaderIOvrigt()).minus(summering.livsforingIOvrigt());
            String ovrigt = levnadskostnaderIOvrigt(lag.lagrum(Lagrum.LEVNADSKOSTNADER_I_OVRIGT).orElseThrow()).toLowerCase(Locale.ROOT);
            anmarkningar.add(new Anmarkning("OVERSKOTT", "Inkomsterna är " + Beloppstext.kr(overskott) + " högre än behovet av "
                    + "försörjningsstöd: inget försörjningsstöd." + (summor.levnadskostnaderIOvrigt().isZero() ? ""
                    : " Överskottet räknas först mot " + ovrigt + ".")));
        }
        if (summering.nedsattning().compareTo(summor.nedsattning()) < 0) {
            anmarkningar.add(new Anmarkning("NEDSATTNING_BEGRANSAD", "Nedsättningen " + Beloppstext.kr(summor.nedsattning())
                    + " är större än försörjningsstödet före den: " + Beloppstext.kr(summering.nedsattning())
                    + " dras av, och försörjningsstödet blir 0 kr."));
        }
        if (preliminara != null) {
            anmarkningar.add(new Anmarkning("PRELIMINAR_REGEL", "Beräkningen bygger på regler som ännu är preliminära och kan ändras "
                    + "när lagtexten publiceras: " + String.join("; ", preliminara.values()) + "."));
        }
        return new Berakningsresultat(period, normer.lage.kommun(), hushalletsStorlek, normer.normunderlag, rader, summering,
                anmarkningar);
    }

    private Rad personlig(String medlem, Aldersgrupp kolumn, int dagar, boolean lunchIForskolan) {
        boolean ejLunch = lunchIForskolan && normer.harEjLunch(kolumn);
        if (lunchIForskolan && !ejLunch) {
            anmarkningar.add(new Anmarkning("EJ_LUNCH_SAKNAS", "Riksnormen " + normer.riksnorm.ar()
                    + " har inga belopp för barn som äter lunch i förskolan: " + medlem + " räknas med det fulla beloppet "
                    + Beloppstext.kr(normer.riksnorm.personliga(kolumn)) + "."));
        }
        return lagg(normer.personlig(kolumn, dagar, period, ejLunch), medlem);
    }

    private void umgange(Medlem barn) {
        Fordelning kommunens = normer.fordelning.orElseThrow(() -> new IllegalStateException("umgänge utan fördelning ska ha avvisats"));
        Aldersgrupp kolumn = kolumn(barn);
        Kronor perDag = kommunens.umgangesnormPerDag().get(kolumn);
        Kronor belopp = perDag.times(barn.dagar());
        lagg(Radtyp.UMGANGESNORM, belopp, () -> new Rad(Radtyp.UMGANGESNORM, barn.id(), kolumn.nyckel(),
                Radtyp.UMGANGESNORM.benamning() + ", " + kolumn.benamning(), belopp,
                Beloppstext.umgange(kommunens.ar(), kolumn, perDag, barn.dagar(), belopp),
                List.of(Grunder.kommunbeslut(kommunens, "umgängesnorm")), List.of()));
    }

    /** The prepared line, given to the member when the lines are kept (a summary adds up the same amount). */
    private Rad lagg(Radmall mall, String medlem) {
        Rad rad = redovisning == Redovisning.MED_RADER ? mall.till(medlem) : mall.rad();
        lagg(rad);
        if (!mall.anmarkningar().isEmpty()) { // almost always empty: addAll would copy it to an array each line
            anmarkningar.addAll(mall.anmarkningar());
        }
        return rad;
    }

    /**
     * A line made from the household's own figures: its amount counts either way, and its wording (the rule's text,
     * the grunder) is made only when the lines are kept.
     */
    private void lagg(Radtyp typ, Kronor kronor, Supplier<Rad> rad) {
        if (redovisning == Redovisning.SUMMERING) {
            summera(typ, kronor);
            return;
        }
        Rad gjord = rad.get();
        if (gjord.typ() != typ || !gjord.kronor().equals(kronor)) {
            throw new IllegalStateException("raden " + gjord + " är inte den summerade: " + typ + " " + kronor);
        }
        lagg(gjord);
    }

    private void lagg(Rad rad) {
        summera(rad.typ(), rad.kronor());
        if (redovisning == Redovisning.MED_RADER) {
            rader.add(rad);
        }
    }

    private void summera(Radtyp typ, Kronor kronor) {
        summor[typ.ordinal()] = Math.addExact(summor[typ.ordinal()], kronor.belopp());
    }

    private void notera(Periodvarde<Lagrumstext> lagrum) {
        notera(lagrum, () -> lagrum.varde().lagrum());
    }

    /**
     * A preliminary wording or parameter the result rests on, to be named in the PRELIMINAR_REGEL note; {@code vad} is
     * worded only then (almost every value is decided, and every household asks).
     */
    private void notera(Periodvarde<?> varde, Supplier<String> vad) {
        if (varde.arPreliminar()) {
            if (preliminara == null) {
                preliminara = new LinkedHashMap<>();
            }
            preliminara.putIfAbsent(varde, vad.get() + " (" + varde.kalla().titel() + ")");
        }
    }

    private static String levnadskostnaderIOvrigt(Periodvarde<Lagrumstext> lagrum) {
        return lagrum.varde().benamning() != null ? lagrum.varde().benamning() : Radtyp.LIVSFORING_I_OVRIGT.benamning();
    }

    private Optional<Medlem> forsta(Roll roll) {
        for (Medlem medlem : hushall) {
            if (medlem.roll() == roll) {
                return Optional.of(medlem);
            }
        }
        return Optional.empty();
    }

    private int alder(Medlem medlem) {
        return Kolumnval.alder(medlem, period.manad(), normer.lage.kommun().berakning().aldersbyte());
    }

    private Aldersgrupp kolumn(Medlem medlem) {
        return Kolumnval.barnkolumn(medlem, period.manad(), normer.lage.kommun().berakning().aldersbyte())
                .orElseThrow(() -> new IllegalStateException("åldern ska ha kontrollerats"));
    }

    private int dagar(Medlem medlem) {
        return medlem.dagar() == null ? period.dagar() : Math.min(medlem.dagar(), period.dagar());
    }
}
