package se.riksnorm.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.belopp.Svenskt;

/**
 * The bilaga "Underlag för beräkning av normen för ekonomiskt bistånd" for a proposal or a kommun's table, in
 * the layout of Nyköping's (SN22/37): the kommun as the heading, personliga kostnader (posts × the columns
 * under "Barn och ungdomar" and "Vuxna", and their sum), gemensamma kostnader (posts × household sizes), the
 * hemmavarande-ungdom rule, matnorm / umgängesnorm; then what the seed lacks: the table's status, its check
 * against the riksnorm, and notes on how a proposal was made. The tables follow the table's own rows and
 * columns, not a fixed list of posts.
 *
 * <p>It states only what the table's data says: a decided table's bilaga prints the hemmavarande-ungdom rule
 * as the decision printed it (its worked example) and no rounding, since no decision names one (docs/adr/0004);
 * a proposal's prints the rounding the proposal applies.
 */
public final class BilagaModell {

    static final String BARN = "Barn och ungdomar";
    static final String VUXNA = "Vuxna";
    static final String ANTAL_PERSONER = "Antal personer i hushållet";
    private static final String UMGANGESMARKERING = " *";

    private BilagaModell() {
    }

    /**
     * A kommun's table as it stands (decided, or a draft loaded from a file).
     *
     * @param lage what the table is: the decision that fixed it, or that it is not decided
     */
    public static Dokument tabell(Fordelning f, Riksnorm riksnorm, List<Avvikelse> avvikelser, String lage, String filnamn) {
        List<String> inledning = List.of(lage, "Källa: " + f.kalla().titel() + ".", riksnormen(riksnorm));
        return dokument(f, inledning, avvikelser, riksnorm, false, List.of(), filnamn);
    }

    /**
     * A stored proposal as it stands now: the riksnorm's state is read today, not when the proposal was made,
     * and how it was made goes into a note rather than the nämnd's lines.
     */
    public static Dokument forslag(Forslag forslag, Riksnorm riksnorm, List<Avvikelse> avvikelser, String filnamn) {
        Fordelning f = forslag.fordelning();
        List<String> noter = new ArrayList<>();
        noter.add("Förslaget är uppräknat ur " + Svenskt.genitiv(f.kommun().namn()) + " fördelning " + forslag.basar()
                + ": varje kolumn är skalad till riksnormens belopp " + f.ar() + " med samma andelar mellan posterna. Posterna "
                + "är avrundade nedåt till hela kronor och de kronor som då återstår har gått till posterna med störst rest "
                + "(största rest per kolumn), så att varje kolumn summerar exakt till riksnormen.");
        boolean obekraftad = !forslag.umgangesnormBekraftad();
        if (obekraftad) {
            noter.add(UMGANGESMARKERING.strip() + " Umgängesnormen är föreslagen enligt regeln " + forslag.umgangesregel()
                    + " och ännu inte bekräftad av sakkunnig.");
        }
        return dokument(f, List.of(lage(forslag), riksnormen(riksnorm)), avvikelser, riksnorm, obekraftad, noter, filnamn);
    }

    /** The XLSX sheet's name for the bilaga of the year's table, e.g. "Underlag 2023". */
    public static String bladnamn(int ar) {
        return "Underlag " + ar;
    }

    /** What a proposal is, in one line for the bilaga and the comparison. */
    public static String lage(Forslag forslag) {
        Fordelning tabell = forslag.fordelning();
        String kommun = Svenskt.genitiv(tabell.kommun().namn());
        return forslag.status().arLast()
                ? "Förslag " + forslag.id() + ", beslutat som version " + forslag.beslutadVersion() + " av " + kommun + " tabell "
                        + tabell.ar() + "."
                : "FÖRSLAG – inte beslutat (" + (forslag.id() == null ? "" : "förslag " + forslag.id() + ", ") + "uppräknat ur "
                        + kommun + " fördelning " + forslag.basar() + ").";
    }

    /** Where a stored table stands: its decision in words (nämnd, date, §, Dnr, underlag) or that it is a proposal. */
    public static String lage(Fordelning tabell, int version) {
        return tabell.beslutet().map(b -> "Beslutad: " + b.namnd() + (b.datum() == null ? "" : " " + b.datum())
                        + (b.paragraf() == null ? "" : " " + b.paragraf()) + (b.diarienummer() == null ? "" : ", Dnr " + b.diarienummer())
                        + " (version " + version + "). Underlag: " + b.underlag() + ".")
                .orElse("Förslag (inte beslutat), version " + version + ".");
    }

    private static Dokument dokument(Fordelning f, List<String> inledning, List<Avvikelse> avvikelser, Riksnorm riksnorm,
                                     boolean obekraftadUmgangesnorm, List<String> noter, String filnamn) {
        List<Avsnitt> avsnitt = new ArrayList<>();
        avsnitt.add(personliga(f));
        avsnitt.add(gemensamma(f));
        ungdom(f).ifPresent(stycke -> avsnitt.add(new Textavsnitt("Hemmavarande ungdom", List.of(stycke))));
        avsnitt.add(matnormOchUmgange(f, obekraftadUmgangesnorm));
        avsnitt.add(new Textavsnitt("Kontroll mot riksnormen " + riksnorm.ar(), avvikelser.isEmpty()
                ? List.of("Varje kolumn summerar till riksnormens belopp; matnormen följer av livsmedel. Inga avvikelser.")
                : avvikelser.stream().map(Avvikelse::meddelande).toList()));
        return new Dokument(Svenskt.genitiv(f.kommun().namn()) + " kommun",
                "Underlag för beräkning av normen för ekonomiskt bistånd " + f.ar(),
                "Budgetposternas storlek i kronor för uppehälle", inledning, avsnitt, noter, filnamn);
    }

    private static String riksnormen(Riksnorm riksnorm) {
        return "Riksnormen " + riksnorm.ar() + ": " + (riksnorm.status().arLast() ? "fastställd"
                : "preliminär (härledd" + riksnorm.upprakningen().map(u -> ", " + (riksnorm.ar() - 1) + " + "
                + Svenskt.procent(u.procent())).orElse("") + "), ännu inte den publicerade tabellen") + ".";
    }

    private static Tabellavsnitt personliga(Fordelning f) {
        List<Aldersgrupp> kolumner = List.copyOf(f.personligaKostnader().keySet());
        List<Tabellrad> rader = new ArrayList<>();
        for (Behovspost post : Behovspost.values()) {
            if (post.arPersonlig()) {
                List<Dokumentvarde> celler = new ArrayList<>();
                for (Aldersgrupp grupp : kolumner) {
                    celler.add(post.galler(grupp) ? new Beloppsvarde(f.post(grupp, post), FordelningCells.personlig(post, grupp))
                            : Textvarde.TOM);
                }
                rader.add(new Tabellrad(post.benamning(), celler, false));
            }
        }
        rader.add(new Tabellrad("Summa personliga kostnader", f.personligaKostnader().values().stream()
                .map(p -> (Dokumentvarde) new Beloppsvarde(p.summa(), null)).toList(), true));
        return new Tabellavsnitt("Personliga kostnader", "", aldersgrupper(kolumner), benamningar(kolumner), rader);
    }

    private static Tabellavsnitt gemensamma(Fordelning f) {
        List<String> kolumner = f.gemensammaKostnader().keySet().stream().map(Kolumnrubrik::personer).toList();
        List<Tabellrad> rader = new ArrayList<>();
        for (Behovspost post : Behovspost.gemensamma()) {
            List<Dokumentvarde> celler = new ArrayList<>();
            f.gemensammaKostnader().forEach((antal, poster) ->
                    celler.add(new Beloppsvarde(poster.get(post), FordelningCells.gemensam(post, antal))));
            rader.add(new Tabellrad(post.benamning(), celler, false));
        }
        rader.add(new Tabellrad("Summa gemensamma kostnader", f.gemensammaKostnader().values().stream()
                .map(Poster::summa).map(s -> (Dokumentvarde) new Beloppsvarde(s, null)).toList(), true));
        return new Tabellavsnitt("Gemensamma hushållskostnader", "", List.of(new Kolumngrupp(ANTAL_PERSONER, kolumner.size())),
                kolumner, rader);
    }

    private static Tabellavsnitt matnormOchUmgange(Fordelning f, boolean obekraftadUmgangesnorm) {
        List<Aldersgrupp> kolumner = List.copyOf(f.matnorm().keySet());
        List<Tabellrad> rader = new ArrayList<>();
        rader.add(matnormrad("Matnorm per månad", f, Matnorm::perManad, FordelningCells.PER_MANAD));
        rader.add(matnormrad("Matnorm per vecka", f, Matnorm::perVecka, FordelningCells.PER_VECKA));
        rader.add(matnormrad("Matnorm per dag", f, Matnorm::perDag, FordelningCells.PER_DAG));
        List<Dokumentvarde> umgange = new ArrayList<>();
        for (Aldersgrupp grupp : kolumner) {
            Kronor perDag = f.umgangesnormPerDag().get(grupp);
            umgange.add(perDag == null ? Textvarde.TOM : new Beloppsvarde(perDag, FordelningCells.umgangesnorm(grupp)));
        }
        rader.add(new Tabellrad("Umgängesnorm per dag (inkl. matnorm)" + (obekraftadUmgangesnorm ? UMGANGESMARKERING : ""),
                umgange, false));
        return new Tabellavsnitt("Matnorm / umgängesnorm " + f.ar(), "", aldersgrupper(kolumner), benamningar(kolumner), rader);
    }

    private static Tabellrad matnormrad(String etikett, Fordelning f, Function<Matnorm, Kronor> period, String nyckel) {
        List<Dokumentvarde> celler = new ArrayList<>();
        f.matnorm().forEach((grupp, m) -> celler.add(new Beloppsvarde(period.apply(m), FordelningCells.matnorm(nyckel, grupp))));
        return new Tabellrad(etikett, celler, false);
    }

    /**
     * The rule as the seed writes it (2022: "Ensamståendenormen + del av gemensamma kostnader (ex.vis 1.890:- /
     * 5 pers = 378:- + 3.210:- = 3.588:-)"). A decided table prints it only with the example its decision
     * printed, and never a rounding: none of Nyköping's decisions names one (SN22/37; docs/adr/0004), and the
     * 2023 bilaga has no such paragraph at all. A proposal names the rounding it applies.
     */
    static Optional<String> ungdom(Fordelning f) {
        HemmavarandeUngdom ungdom = f.hemmavarandeUngdom();
        HemmavarandeUngdom.Exempel e = ungdom.exempel();
        boolean beslutad = f.status().arLast();
        if (beslutad && e == null) {
            return Optional.empty();
        }
        String regel = "Normen för hemmavarande ungdom beräknas enligt följande: ensamståendenormen + del av gemensamma "
                + "kostnader (hushållets gemensamma kostnader / antal personer" + (beslutad ? "" : ", " + avrundning(ungdom)) + ")";
        if (e == null) {
            return Optional.of(regel + ".");
        }
        return Optional.of(regel + ", t.ex. " + e.gemensamma().svenskText() + " / " + Kolumnrubrik.personer(e.antalPersoner())
                + " = " + e.andel().svenskText() + "; " + e.andel().svenskText() + " + " + e.ensamstaende().svenskText() + " = "
                + e.summa().svenskText() + ".");
    }

    private static String avrundning(HemmavarandeUngdom ungdom) {
        return switch (ungdom.andelensAvrundning()) {
            case HALVT_UPPAT -> "avrundat till närmaste krona";
            case NEDAT -> "avrundat nedåt";
            case UPPAT_TILL_TIOTAL -> "avrundat uppåt till tiotal";
            case NARMASTE_TIOTAL -> "avrundat till närmaste tiotal";
        };
    }

    /** "Barn och ungdomar" over each run of child columns, "Vuxna" over each run of adult ones. */
    static List<Kolumngrupp> aldersgrupper(List<Aldersgrupp> kolumner) {
        List<Kolumngrupp> grupper = new ArrayList<>();
        int i = 0;
        while (i < kolumner.size()) {
            boolean barn = kolumner.get(i).arBarn();
            int borjan = i;
            while (i < kolumner.size() && kolumner.get(i).arBarn() == barn) {
                i++;
            }
            grupper.add(new Kolumngrupp(barn ? BARN : VUXNA, i - borjan));
        }
        return grupper;
    }

    private static List<String> benamningar(List<Aldersgrupp> kolumner) {
        return kolumner.stream().map(Aldersgrupp::benamning).toList();
    }

    /** "Nyköping" → "nykoping": for file names. */
    public static String filnamnsdel(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
