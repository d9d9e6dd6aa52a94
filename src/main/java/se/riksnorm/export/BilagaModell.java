package se.riksnorm.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCeller;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;

/**
 * The bilaga "Underlag för beräkning av normen för ekonomiskt bistånd" for a proposal or a decided year, in
 * the layout of Nyköping's (SN22/37): personliga kostnader (posts × ten columns and their sum), gemensamma
 * kostnader (posts × household sizes), the hemmavarande-ungdom note, matnorm / umgängesnorm; then what the
 * seed lacks: the table's status and sources, and its check against the riksnorm.
 */
public final class BilagaModell {

    private BilagaModell() {
    }

    /**
     * @param lage what the table is: a proposal not yet decided, or the decision that fixed it
     * @param umgangesnorm a note on the umgängesnorm (a proposal to confirm), or {@code null}
     */
    public static Dokument bilaga(Fordelning f, Riksnorm riksnorm, List<Avvikelse> avvikelser, String lage, String umgangesnorm,
                                  String filnamn) {
        List<String> inledning = new ArrayList<>();
        inledning.add(lage);
        inledning.add("Källa: " + f.kalla().titel() + ".");
        inledning.add("Riksnormen " + riksnorm.ar() + ": " + (riksnorm.status().arLast() ? "fastställd"
                : "preliminär (härledd" + riksnorm.upprakningen().map(u -> ", " + (riksnorm.ar() - 1) + " + "
                + Svenskt.procent(u.procent())).orElse("") + "), ännu inte den publicerade tabellen") + ".");
        List<Avsnitt> avsnitt = new ArrayList<>();
        avsnitt.add(personliga(f));
        avsnitt.add(gemensamma(f));
        avsnitt.add(new Textavsnitt("Hemmavarande ungdom", List.of(ungdom(f.hemmavarandeUngdom()))));
        avsnitt.add(matnormOchUmgange(f, umgangesnorm));
        avsnitt.add(new Textavsnitt("Kontroll mot riksnormen " + riksnorm.ar(), avvikelser.isEmpty()
                ? List.of("Varje kolumn summerar till riksnormens belopp; matnormen följer av livsmedel. Inga avvikelser.")
                : avvikelser.stream().map(Avvikelse::meddelande).toList()));
        return new Dokument("Underlag för beräkning av normen för ekonomiskt bistånd " + f.ar(),
                f.kommun().namn() + " – budgetposternas storlek i kronor för uppehälle", inledning, avsnitt, filnamn);
    }

    private static Tabellavsnitt personliga(Fordelning f) {
        List<Tabellrad> rader = new ArrayList<>();
        for (Behovspost post : Behovspost.values()) {
            if (!post.arPersonlig()) {
                continue;
            }
            List<Dokumentvarde> celler = new ArrayList<>();
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                celler.add(post.galler(grupp) ? new Beloppsvarde(f.post(grupp, post), FordelningCeller.personlig(post, grupp))
                        : Textvarde.TOM);
            }
            rader.add(new Tabellrad(post.benamning(), celler, false));
        }
        rader.add(new Tabellrad("Summa personliga kostnader", f.personligaKostnader().values().stream()
                .map(p -> (Dokumentvarde) new Beloppsvarde(p.summa(), null)).toList(), true));
        return new Tabellavsnitt("Personliga kostnader", "", aldersgrupper(), rader);
    }

    private static Tabellavsnitt gemensamma(Fordelning f) {
        List<String> kolumner = f.gemensammaKostnader().keySet().stream().map(Kolumnrubrik::personer).toList();
        List<Tabellrad> rader = new ArrayList<>();
        for (Behovspost post : Behovspost.gemensamma()) {
            List<Dokumentvarde> celler = new ArrayList<>();
            f.gemensammaKostnader().forEach((antal, poster) ->
                    celler.add(new Beloppsvarde(poster.get(post), FordelningCeller.gemensam(post, antal))));
            rader.add(new Tabellrad(post.benamning(), celler, false));
        }
        rader.add(new Tabellrad("Summa gemensamma kostnader", f.gemensammaKostnader().values().stream()
                .map(Poster::summa).map(s -> (Dokumentvarde) new Beloppsvarde(s, null)).toList(), true));
        return new Tabellavsnitt("Gemensamma hushållskostnader", "Antal personer i hushållet", kolumner, rader);
    }

    private static Tabellavsnitt matnormOchUmgange(Fordelning f, String umgangesnorm) {
        List<Tabellrad> rader = new ArrayList<>();
        rader.add(matnormrad("Matnorm per månad", f, Matnorm::perManad, FordelningCeller.PER_MANAD));
        rader.add(matnormrad("Matnorm per vecka", f, Matnorm::perVecka, FordelningCeller.PER_VECKA));
        rader.add(matnormrad("Matnorm per dag", f, Matnorm::perDag, FordelningCeller.PER_DAG));
        List<Dokumentvarde> umgange = new ArrayList<>();
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            Kronor perDag = f.umgangesnormPerDag().get(grupp);
            umgange.add(perDag == null ? Textvarde.TOM : new Beloppsvarde(perDag, FordelningCeller.umgangesnorm(grupp)));
        }
        rader.add(new Tabellrad("Umgängesnorm per dag (inkl. matnorm)" + (umgangesnorm == null ? "" : " *"), umgange, false));
        Tabellavsnitt tabell = new Tabellavsnitt("Matnorm / umgängesnorm " + f.ar() + (umgangesnorm == null ? ""
                : " (* " + umgangesnorm + ")"), "", aldersgrupper(), rader);
        return tabell;
    }

    private static Tabellrad matnormrad(String etikett, Fordelning f, java.util.function.Function<Matnorm, Kronor> period, String nyckel) {
        List<Dokumentvarde> celler = new ArrayList<>();
        f.matnorm().forEach((grupp, m) -> celler.add(new Beloppsvarde(period.apply(m), FordelningCeller.matnorm(nyckel, grupp))));
        return new Tabellrad(etikett, celler, false);
    }

    /** As the seed writes it: "ensamståendenormen + del av gemensamma kostnader (ex.vis 1 890 kr / 5 pers = 378 kr …)". */
    static String ungdom(HemmavarandeUngdom ungdom) {
        String regel = "Normen för hemmavarande ungdom beräknas enligt följande: ensamståendenormen + del av gemensamma "
                + "kostnader (hushållets gemensamma kostnader / antal personer, " + avrundning(ungdom) + ")";
        HemmavarandeUngdom.Exempel e = ungdom.exempel();
        if (e == null) {
            return regel + ".";
        }
        return regel + ", t.ex. " + Svenskt.kronor(e.gemensamma()) + " / " + Kolumnrubrik.personer(e.antalPersoner()) + " = "
                + Svenskt.kronor(e.andel()) + "; " + Svenskt.kronor(e.andel()) + " + " + Svenskt.kronor(e.ensamstaende()) + " = "
                + Svenskt.kronor(e.summa()) + ".";
    }

    private static String avrundning(HemmavarandeUngdom ungdom) {
        return switch (ungdom.andelensAvrundning()) {
            case HALVT_UPPAT -> "avrundat till närmaste krona";
            case NEDAT -> "avrundat nedåt";
            case UPPAT_TILL_TIOTAL -> "avrundat uppåt till tiotal";
            case NARMASTE_TIOTAL -> "avrundat till närmaste tiotal";
        };
    }

    private static List<String> aldersgrupper() {
        List<String> kolumner = new ArrayList<>();
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            kolumner.add(grupp.benamning());
        }
        return kolumner;
    }

    /** "Nyköping" → "nykoping": for file names. */
    public static String filnamnsdel(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
