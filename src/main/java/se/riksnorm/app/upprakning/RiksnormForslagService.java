package se.riksnorm.app.upprakning;

import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.Fritext;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Riksnormsgrund;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Cellvarde;
import se.riksnorm.domain.tabell.Skillnad;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.RiksnormUpprakning;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.storage.HistorikStore;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.UpprakningStore;

/**
 * The national side of the uppräkning: next year's totals proposed from this year's and a percentage, and
 * the published table entered in their place with every cell where the proposal differed. Each write with its
 * history entry in one transaction, the current Normbok read again after it; the store refuses to replace a
 * fastställd year in the database itself, whatever this replica's snapshot says.
 */
@Singleton
public class RiksnormForslagService {

    /** As the history keeps it (handelse.motivering). */
    static final int MOTIVERING = 2000;

    private final Normregister register;
    private final UpprakningStore store;
    private final HistorikStore historik;
    private final Klocka klocka;
    private final Regelregister regler;

    RiksnormForslagService(Normregister register, UpprakningStore store, HistorikStore historik, Klocka klocka, Regelregister regler) {
        this.register = register;
        this.store = store;
        this.historik = historik;
        this.klocka = klocka;
        this.regler = regler;
    }

    /**
     * Proposes year {@code ar} from {@code ar − 1}: stored as preliminary, replacing an earlier preliminary
     * table (whose changed cells are reported); a fastställd year is refused. For a year whose riksnorm the law sets
     * from a referensvärde (from 2027) the same arithmetic is a what-if only: answered, never stored.
     */
    public Riksnormutfall foresla(int ar, Procentsats procent, Anvandare anvandare, String motivering) {
        Normbok normbok = register.aktuell();
        Riksnorm bas = normbok.riksnorm(ar - 1).orElseThrow(() -> Vagran.saknas("ar", Integer.toString(ar),
                "Det finns ingen riksnorm för " + (ar - 1) + " att räkna upp " + ar + " ur."));
        Optional<Periodvarde<Riksnormsgrund>> grund = regler.aktuell().regler(YearMonth.of(ar, 1)).riksnormensGrund()
                .filter(g -> g.varde() == Riksnormsgrund.REFERENSVARDE);
        if (grund.isPresent()) {
            String lag = grund.get().kalla().referens() != null ? grund.get().kalla().referens() : grund.get().kalla().titel();
            String forklaring = "Från " + grund.get().fran() + " fastställs riksnormen ur ett referensvärde (" + lag + "), inte genom "
                    + "uppräkning: tabellen är ett räkneexempel och lagras inte. Mata in regeringens tabell för " + ar
                    + " när den finns (PUT /api/v1/riksnormer/" + ar + ", preliminär eller fastställd)";
            return new Riksnormutfall(RiksnormUpprakning.raknaexempel(bas, procent, lag), "Räkneexempel för riksnormen " + ar + " ur "
                    + (ar - 1) + " + " + procent.svenskText() + ", inte lagrat. " + forklaring, false, List.of(), true, forklaring);
        }
        Optional<Riksnorm> befintlig = normbok.riksnorm(ar);
        if (befintlig.isPresent() && befintlig.get().status().arLast()) {
            throw Vagran.beslutad("Riksnormen för " + ar + " är fastställd (den publicerade tabellen) och föreslås inte om.");
        }
        Riksnorm ny = RiksnormUpprakning.foresla(bas, procent);
        kravIngetOverlapp(ny, normbok);
        List<Skillnad> skillnader = befintlig.map(b -> beloppsskillnader(b, ny)).orElse(List.of());
        store.sparaRiksnorm(ny, "förslag: riksnorm " + bas.ar() + " + " + procent.svenskText(), new Handelse(
                Handelsetyp.RIKSNORM_FORESLAGEN, anvandare, klocka.nu(), motivering(motivering, "Riksnormen " + bas.ar() + " × (1 + "
                + procent.svenskText() + "), avrundat uppåt till tiotal"), null, skillnader));
        return new Riksnormutfall(register.lasOm().riksnorm(ar).orElseThrow(), "Riksnormen " + ar + " föreslagen ur " + (ar - 1) + " + "
                + procent.svenskText(), befintlig.isPresent(), skillnader);
    }

    /**
     * Enters the government's table for its year, published ({@link Riksnormstatus#FASTSTALLD}) or preliminary (e.g. the
     * figures of a government announcement before the förordning). It replaces a preliminary (proposed or entered)
     * table and reports every cell whose amount differs from it; a fastställd year equal to the table is left as it
     * is, one that differs is refused, and a preliminary table never replaces a fastställd one.
     */
    public Riksnormutfall faststall(Riksnorm publicerad, Anvandare anvandare, String motivering) {
        Normbok normbok = register.aktuell();
        String vad = publicerad.status().arLast() ? "Riksnormen " + publicerad.ar() + " fastställd enligt den publicerade tabellen"
                : "Riksnormen " + publicerad.ar() + " inmatad som preliminär";
        Optional<Riksnorm> befintlig = normbok.riksnorm(publicerad.ar());
        if (befintlig.isPresent() && befintlig.get().status().arLast() && !publicerad.status().arLast()) {
            throw Vagran.beslutad("Riksnormen för " + publicerad.ar() + " är redan fastställd; en preliminär tabell ersätter den inte.");
        }
        if (befintlig.isPresent() && befintlig.get().status().arLast()) {
            List<Skillnad> skillnader = RiksnormCells.tabell(befintlig.get()).skillnaderMot(RiksnormCells.tabell(publicerad));
            if (skillnader.isEmpty()) {
                return new Riksnormutfall(befintlig.get(), vad, true, List.of());
            }
            throw Vagran.beslutad("Riksnormen för " + publicerad.ar() + " är redan fastställd och skiljer sig från den inmatade "
                    + "tabellen i " + skillnader.size() + " uppgifter, t.ex. " + skillnader.get(0) + ". En fastställd tabell ändras inte.");
        }
        kravIngetOverlapp(publicerad, normbok);
        List<Skillnad> skillnader = befintlig.map(b -> beloppsskillnader(b, publicerad)).orElse(List.of());
        boolean faststalld = publicerad.status().arLast();
        store.sparaRiksnorm(publicerad, faststalld ? "inmatad: publicerad tabell" : "inmatad: preliminär tabell", new Handelse(
                faststalld ? Handelsetyp.RIKSNORM_FASTSTALLD : Handelsetyp.RIKSNORM_PRELIMINAR_INMATAD, anvandare, klocka.nu(),
                motivering(motivering, faststalld ? "Regeringens publicerade tabell inmatad" : "Preliminär tabell inmatad"), null,
                skillnader));
        return new Riksnormutfall(register.lasOm().riksnorm(publicerad.ar()).orElseThrow(), vad, befintlig.isPresent(), skillnader);
    }

    /**
     * The source a published table cites: a stored one by its id, or a new one (title required; a published table's
     * source is never HARLEDD, which the table's own check refuses).
     */
    public Kalla kalla(Kallangivelse angiven) {
        Optional<Kalla> lagrad = store.kalla(angiven.id());
        if (lagrad.isPresent()) {
            if (angiven.titel() != null && !angiven.titel().equals(lagrad.get().titel())) {
                throw Vagran.ogiltigt("kalla.titel", angiven.titel(), "Källan " + angiven.id() + " finns redan med titeln \""
                        + lagrad.get().titel() + "\": ange bara dess id, eller ett nytt id för en ny källa.");
            }
            return lagrad.get();
        }
        if (angiven.titel() == null) {
            throw Vagran.ogiltigt("kalla.titel", null, "Källan " + angiven.id() + " är ny: ange dess titel (högst " + Kallangivelse.STORSTA_TITEL
                    + " tecken), t.ex. \"Regeringens beslut om riksnormen 2024\".");
        }
        return new Kalla(angiven.id(), angiven.titel(), angiven.tillforlitlighet(), angiven.referens());
    }

    public Normbok normbok() {
        return register.aktuell();
    }

    public List<Handelse> historik(int ar) {
        return historik.forRiksnorm(ar);
    }

    /** Each cell whose amount differs (a new source alone is not a difference of amount). */
    static List<Skillnad> beloppsskillnader(Riksnorm fore, Riksnorm efter) {
        var foreCeller = RiksnormCells.tabell(fore).celler();
        var efterCeller = RiksnormCells.tabell(efter).celler();
        List<Skillnad> skillnader = new ArrayList<>();
        for (Cell cell : efterCeller.keySet()) {
            Cellvarde gammal = foreCeller.get(cell);
            Cellvarde ny = efterCeller.get(cell);
            if (gammal == null || !gammal.kronor().equals(ny.kronor())) {
                skillnader.add(new Skillnad(cell.sokvag(), gammal == null ? Skillnad.SAKNAS : Long.toString(gammal.kronor().belopp()),
                        Long.toString(ny.kronor().belopp())));
            }
        }
        foreCeller.keySet().stream().filter(cell -> !efterCeller.containsKey(cell)).forEach(cell -> skillnader.add(
                new Skillnad(cell.sokvag(), Long.toString(foreCeller.get(cell).kronor().belopp()), Skillnad.SAKNAS)));
        return skillnader;
    }

    private static void kravIngetOverlapp(Riksnorm ny, Normbok normbok) {
        normbok.riksnormer().stream()
                .filter(annan -> annan.ar() != ny.ar() && annan.giltighet().overlapparMed(ny.giltighet()))
                .findFirst()
                .ifPresent(annan -> {
                    throw Vagran.ogiltigt("ar", Integer.toString(ny.ar()), "Riksnormen " + ny.ar() + " (" + ny.giltighet().fran()
                            + "–" + ny.giltighet().till() + ") skulle överlappa riksnormen " + annan.ar() + " ("
                            + annan.giltighet().fran() + "–" + annan.giltighet().till() + "): varje månad ska ha exakt en riksnorm.");
                });
    }

    /** A given motivering as stored (NFC, one line, at most {@value #MOTIVERING} characters), or the standard one. */
    static String motivering(String given, String standard) {
        String text = Fritext.normaliserad(given);
        return text == null || text.isEmpty() ? standard : text("motivering", given, MOTIVERING);
    }

    /** A free text of the request as stored (docs/adr/0143), or a refusal naming its field. */
    static String text(String falt, String given, int storstaLangd) {
        String text = Fritext.normaliserad(given);
        Fritext.fel(text, storstaLangd).ifPresent(fel -> {
            throw Vagran.ogiltigt(falt, given, falt + ": " + fel);
        });
        return text;
    }
}
