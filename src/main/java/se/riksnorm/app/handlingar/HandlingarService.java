package se.riksnorm.app.handlingar;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Regelparametrar;
import se.riksnorm.domain.regler.Riksnormsgrund;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Skillnad;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.Cellbenamning;
import se.riksnorm.domain.upprakning.Cellsokvag;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.export.Budgetdiagram;
import se.riksnorm.export.Handlingsunderlag;
import se.riksnorm.export.Namndhandlingar;
import se.riksnorm.export.Skrivelse;
import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ForslagService;

/**
 * The nämnd's papers on a proposal (docs/adr/0123): gathers from the data what the tjänsteskrivelse and the
 * protokollsförslag say (the law in force in the year's months, the government's percentage, the kept split and each
 * change with its reason from the proposal's history, the findings, the budget impact when a caseload was given) and
 * drafts them. An application service: the API and a web page call it alike.
 */
@Singleton
public class HandlingarService {

    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final ForslagService forslag;
    private final Normregister register;
    private final Regelregister regler;

    HandlingarService(ForslagService forslag, Normregister register, Regelregister regler) {
        this.forslag = forslag;
        this.register = register;
        this.regler = regler;
    }

    public Skrivelse tjansteskrivelse(long id, Handlingsfragan fraga, Budgetpaverkan budget) {
        return Namndhandlingar.tjansteskrivelse(underlag(id, fraga, budget));
    }

    public Skrivelse protokollsforslag(long id, Handlingsfragan fraga, Budgetpaverkan budget) {
        return Namndhandlingar.protokollsforslag(underlag(id, fraga, budget));
    }

    /** The proposal's base year: the table its budget impact is compared with. */
    public Forslag forslag(long id) {
        return forslag.hamta(id).orElseThrow(() -> Vagran.finnsInte("id", Long.toString(id), "Det finns inget förslag med id " + id + "."));
    }

    Handlingsunderlag underlag(long id, Handlingsfragan fraga, Budgetpaverkan budget) {
        Forslag valt = forslag(id);
        Fordelning tabell = valt.fordelning();
        int ar = tabell.ar();
        Normbok normbok = register.aktuell();
        Riksnorm riksnorm = normbok.riksnorm(ar).orElseThrow(() -> Vagran.saknas("id", Long.toString(id),
                "Riksnormen för " + ar + " finns inte."));
        Optional<Fordelning> bas = normbok.fordelning(tabell.kommun(), valt.basar());
        Regelparametrar parametrar = regler.aktuell().parametrar();
        YearMonth januari = YearMonth.of(ar, 1);
        boolean referensvarde = parametrar.riksnormensGrund().iKraft(januari).map(v -> v.varde() == Riksnormsgrund.REFERENSVARDE)
                .orElse(false);
        String namnd = fraga.namnd() != null ? fraga.namnd() : bas.flatMap(Fordelning::beslutet).map(b -> b.namnd()).orElse(null);
        String basbeslut = bas.flatMap(Fordelning::beslutet).map(b -> b.namnd() + (b.datum() == null ? "" : " " + b.datum())
                + (b.diarienummer() == null ? "" : ", Dnr " + b.diarienummer())).orElse(null);
        List<String> bilagor = new ArrayList<>(List.of(
                "Underlag för beräkning av normen för ekonomiskt bistånd " + valt.basar() + (basbeslut == null ? "" : " (beslutad)"),
                "Underlag för beräkning av normen för ekonomiskt bistånd " + ar + " (förslag)",
                "Jämförelse " + valt.basar() + "–" + ar + ", belopp för belopp"));
        if (budget != null) {
            bilagor.add("Budgetpåverkan över kommunens hushåll med försörjningsstöd (Excel)");
        }
        return new Handlingsunderlag(tabell.kommun(), ar, valt.basar(), id, namnd,
                fraga.datum() != null ? fraga.datum() : LocalDate.now(SVERIGE), fraga.diarienummer(), fraga.sammantrade(),
                lagen(parametrar, ar), lagrum(parametrar, Lagrum.RIKSNORMENS_BELOPP, januari).map(Lagrumstext::lagrum).orElse(""),
                lagrum(parametrar, Lagrum.SKALIGA_KOSTNADER, januari).map(Lagrumstext::innehall).orElse("skäliga kostnader"),
                referensvarde, riksnorm.upprakningen().map(u -> u.procent()).orElse(null), fraga.regeringensBeslut(),
                riksnorm.status().arLast(), basbeslut, andringar(valt), umgangesnorm(valt), iakttagelser(valt, riksnorm),
                budget, budget == null || budget.perTyp().isEmpty() ? null : Budgetdiagram.png(budget), bilagor);
    }

    /** The law of försörjningsstöd in force in the year: one entry, or one per version that starts within the year. */
    private static List<Handlingsunderlag.Lagtext> lagen(Regelparametrar parametrar, int ar) {
        List<Handlingsunderlag.Lagtext> lagen = new ArrayList<>();
        var serie = parametrar.lagrum().get(Lagrum.FORSORJNINGSSTOD);
        if (serie == null) {
            return lagen;
        }
        YearMonth forsta = YearMonth.of(ar, 1);
        YearMonth sista = YearMonth.of(ar, 12);
        for (Periodvarde<Lagrumstext> version : serie.varden()) {
            boolean overlappar = !version.fran().isAfter(sista) && (version.till() == null || !version.till().isBefore(forsta));
            if (overlappar) {
                String fran = version.fran().isAfter(forsta) ? version.fran().getMonth().getDisplayName(TextStyle.FULL, SVENSKA)
                        + " " + version.fran().getYear() : null;
                lagen.add(new Handlingsunderlag.Lagtext(fran, version.varde().lagrum(), version.varde().innehall()
                        + (version.arPreliminar() ? " (lydelsen ännu inte publicerad)" : "")));
            }
        }
        return lagen;
    }

    private static Optional<Lagrumstext> lagrum(Regelparametrar parametrar, Lagrum regel, YearMonth manad) {
        var serie = parametrar.lagrum().get(regel);
        return serie == null ? Optional.empty() : serie.iKraft(manad).map(Periodvarde::varde);
    }

    /** Every cell the sakkunnig changed after the uppräkning, in order, with the reason given. */
    private List<Handlingsunderlag.Andring> andringar(Forslag valt) {
        List<Handlingsunderlag.Andring> andringar = new ArrayList<>();
        for (Handelse handelse : forslag.historik(valt)) {
            if (handelse.typ() != Handelsetyp.CELLER_ANDRADE) {
                continue;
            }
            for (Skillnad skillnad : handelse.skillnader()) {
                Cellbenamning namn = Cellbenamning.av(Cellsokvag.tolka(skillnad.var(), "cell"));
                andringar.add(new Handlingsunderlag.Andring(namn.rad() + ", " + namn.kolumn(), Long.parseLong(skillnad.fore()),
                        Long.parseLong(skillnad.efter()), handelse.motivering()));
            }
        }
        return andringar;
    }

    private static String umgangesnorm(Forslag valt) {
        return "Umgängesnormen per dag är föreslagen enligt regeln " + valt.umgangesregel() + (valt.umgangesnormBekraftad()
                ? "; sakkunnig har bekräftat den." : "; den är ännu inte bekräftad av sakkunnig.");
    }

    /** Last year's findings, the proposal's own, and whatever else still stands in the way of a decision. */
    private List<String> iakttagelser(Forslag valt, Riksnorm riksnorm) {
        List<Avvikelse> egna = forslag.avvikelser(valt);
        List<String> iakttagelser = new ArrayList<>();
        try {
            Arsjamforelse jamforelse = forslag.jamforelse(valt.fordelning(), egna);
            jamforelse.foreAvvikelser().forEach(a -> iakttagelser.add("Tabellen för " + jamforelse.fore().ar() + ": " + a.meddelande()
                    + (egna.stream().noneMatch(e -> e.kolumn().equals(a.kolumn()) && e.tabell() == a.tabell())
                    ? " Förslaget för " + valt.fordelning().ar() + " har inte den avvikelsen." : "")));
        } catch (Vagran ingenJamforelse) {
            // no table the year before: nothing to compare with
        }
        egna.forEach(a -> iakttagelser.add("Förslaget: " + a.meddelande()));
        valt.hinderForBeslut(riksnorm, List.of()).forEach(skal -> iakttagelser.add("Före beslut: " + skal));
        return iakttagelser;
    }
}
