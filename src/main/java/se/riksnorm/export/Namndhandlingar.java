package se.riksnorm.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.belopp.Svenskt;

/**
 * The tjänsteskrivelse and the protokollsförslag on a kommun's proposal, drafted from the data (docs/adr/0123): the
 * seed's sections (Nyköping SN22/37: background with the law, the government's decision, the proposal, the
 * barnrättsprövning, "förslag till beslut", the bilagor) in the service's own words, and what the seed lacked: the
 * findings and the budget impact over the kommun's caseload. What only the sakkunnig or the nämnd can write is a
 * marked placeholder.
 */
public final class Namndhandlingar {

    static final String BARNRATT = "Barnrättsprövning: beskriv hur förslaget berör barn och hur barnets bästa har bedömts "
            + "(barnkonventionen). Fylls i av sakkunnig.";

    private Namndhandlingar() {
    }

    public static Skrivelse tjansteskrivelse(Handlingsunderlag u) {
        List<Skrivelse.Block> b = new ArrayList<>();
        bakgrund(u, b);
        regeringensBeslut(u, b);
        forslaget(u, b);
        iakttagelser(u, b);
        budget(u, b);
        b.add(new Skrivelse.Rubrik("Prövning av barnets bästa"));
        b.add(Skrivelse.Stycke.fyllI(BARNRATT));
        forslagTillBeslut(u, b);
        b.add(Skrivelse.Stycke.fyllI("Namn"));
        b.add(Skrivelse.Stycke.fyllI("Titel"));
        b.add(new Skrivelse.Rubrik("Bilagor"));
        b.add(new Skrivelse.Punktlista(u.bilagor(), true));
        b.add(new Skrivelse.Rubrik("Beslutet skickas till"));
        b.add(Skrivelse.Stycke.fyllI("mottagare av beslutet"));
        return new Skrivelse(kommunen(u), "Tjänsteskrivelse", List.of(
                new Skrivelse.Huvudrad("Datum", Skrivelse.Textdel.text(u.datum().toString())),
                new Skrivelse.Huvudrad("Dnr", dnr(u)),
                new Skrivelse.Huvudrad("Till", namnd(u))), arende(u), b, "tjansteskrivelse-" + filnamn(u));
    }

    public static Skrivelse protokollsforslag(Handlingsunderlag u) {
        List<Skrivelse.Block> b = new ArrayList<>();
        b.add(Skrivelse.Stycke.av(regeringensBeslutText(u) + " " + kommunensValText(u)));
        if (u.budget() != null) {
            b.add(Skrivelse.Stycke.av(budgetText(u.budget())));
        }
        b.add(new Skrivelse.Rubrik("Barnrättsprövning"));
        b.add(Skrivelse.Stycke.fyllI(BARNRATT));
        forslagTillBeslut(u, b);
        b.add(new Skrivelse.Rubrik("Beslutet skickas till"));
        b.add(Skrivelse.Stycke.fyllI("mottagare av beslutet"));
        b.add(new Skrivelse.Stycke(List.of(Skrivelse.Textdel.text("Justerare: "), Skrivelse.Textdel.fyllI("signatur"),
                Skrivelse.Textdel.text("   Justerare: "), Skrivelse.Textdel.fyllI("signatur"),
                Skrivelse.Textdel.text("   Utdragsbestyrkande: "), Skrivelse.Textdel.fyllI("signatur"))));
        return new Skrivelse(kommunen(u), "Protokollsförslag", List.of(
                new Skrivelse.Huvudrad("Nämnd", namnd(u)),
                new Skrivelse.Huvudrad("Sammanträde", u.sammantrade() == null ? Skrivelse.Textdel.fyllI("sammanträdets datum")
                        : Skrivelse.Textdel.text(u.sammantrade().toString())),
                new Skrivelse.Huvudrad("Paragraf", Skrivelse.Textdel.fyllI("§ nr")),
                new Skrivelse.Huvudrad("Dnr", dnr(u))), arende(u), b, "protokollsforslag-" + filnamn(u));
    }

    private static void bakgrund(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Bakgrund"));
        for (Handlingsunderlag.Lagtext lag : u.lagen()) {
            b.add(Skrivelse.Stycke.av((lag.fran() == null ? "Under " + u.ar() + " gäller " : "Från " + lag.fran() + " gäller ")
                    + lag.lagrum() + ": " + lag.innehall() + "."));
        }
        b.add(Skrivelse.Stycke.av("Försörjningsstödet är dels riksnormen, dels " + u.skaligaKostnader() + ". Riksnormens belopp "
                + "bestäms av regeringen (" + u.riksnormensBelopp() + ") och är desamma i alla kommuner: personliga kostnader efter "
                + "ålder och gemensamma hushållskostnader efter hushållets storlek. Hur beloppen fördelas på behovsposterna "
                + "beslutar varje kommun för sig."));
        b.add(Skrivelse.Stycke.av("Behovsposterna är:"));
        b.add(new Skrivelse.Punktlista(Arrays.stream(Behovspost.values()).map(Behovspost::benamning).toList(), false));
    }

    private static void regeringensBeslut(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Regeringens beslut"));
        List<Skrivelse.Textdel> delar = new ArrayList<>();
        if (u.referensvarde()) {
            delar.add(Skrivelse.Textdel.text("Från 2027 fastställer regeringen riksnormen ur ett referensvärde för hushållens "
                    + "baskonsumtion i stället för att räkna upp förra årets belopp. Riksnormen för " + u.ar() + " fastställdes "));
            delar.add(datum(u));
            delar.add(Skrivelse.Textdel.text("."));
        } else {
            delar.add(Skrivelse.Textdel.text("Regeringen beslutade "));
            delar.add(datum(u));
            delar.add(Skrivelse.Textdel.text(" att riksnormens belopp för " + u.ar() + " räknas upp med "
                    + Svenskt.procent(u.procent()) + " jämfört med " + (u.ar() - 1) + "."));
        }
        b.add(new Skrivelse.Stycke(delar));
        if (!u.riksnormFaststalld()) {
            b.add(Skrivelse.Stycke.av("Beloppen för " + u.ar() + " i förslaget är härledda ur beslutet (förra årets belopp, "
                    + "uppräknade och avrundade uppåt till tiotal); den publicerade tabellen matas in och stäms av innan nämnden beslutar."));
        }
    }

    private static String regeringensBeslutText(Handlingsunderlag u) {
        String datum = u.regeringensBeslut() == null ? "[datum för regeringens beslut]" : "den " + u.regeringensBeslut();
        return u.referensvarde() ? "Riksnormen för " + u.ar() + " fastställdes av regeringen " + datum + " ur ett referensvärde."
                : "Regeringen beslutade " + datum + " att riksnormens belopp för " + u.ar() + " räknas upp med "
                + Svenskt.procent(u.procent()) + ".";
    }

    private static void forslaget(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Förslag"));
        b.add(Skrivelse.Stycke.av(kommunensValText(u)));
        if (!u.andringar().isEmpty()) {
            b.add(new Skrivelse.Punktlista(u.andringar().stream().map(a -> a.cell() + ": " + Svenskt.tal(Kronor.of(a.fore()))
                    + " → " + Svenskt.tal(Kronor.of(a.efter())) + " kr. Skäl: " + a.motivering()).toList(), false));
        }
        b.add(Skrivelse.Stycke.av(u.umgangesnorm()));
        b.add(Skrivelse.Stycke.av("Fördelningen " + u.basar() + " och förslaget för " + u.ar() + " finns som bilagor, "
                + "liksom en jämförelse cell för cell."));
    }

    private static String kommunensValText(Handlingsunderlag u) {
        String grund = "Förvaltningen föreslår att fördelningen mellan behovsposterna " + u.ar() + " utgår från den som gäller för "
                + u.basar() + (u.basbeslut() == null ? "" : " (" + u.basbeslut() + ")") + ". Varje post räknas om i proportion "
                + "till sin kolumns nya riksnormsbelopp, och de kronor som avrundningen lämnar fördelas efter största rest, "
                + "så att varje kolumn summerar exakt till riksnormen.";
        return u.andringar().isEmpty() ? grund + " Inga poster har ändrats utöver det."
                : grund + " Därefter har " + u.andringar().size() + " belopp"
                + " ändrats, med följande skäl:";
    }

    private static void iakttagelser(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Iakttagelser"));
        if (u.iakttagelser().isEmpty()) {
            b.add(Skrivelse.Stycke.av("Varje kolumn i förslaget summerar till riksnormens belopp, och inget hindrar ett beslut."));
        } else {
            b.add(new Skrivelse.Punktlista(u.iakttagelser(), false));
        }
    }

    private static void budget(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Ekonomiska konsekvenser"));
        Budgetpaverkan p = u.budget();
        if (p == null) {
            b.add(Skrivelse.Stycke.fyllI("Ekonomiska konsekvenser: beräkna förslaget över kommunens hushåll med försörjningsstöd "
                    + "(skicka underlaget med begäran) eller beskriv dem här."));
            return;
        }
        b.add(Skrivelse.Stycke.av(budgetText(p)));
        b.add(Skrivelse.Stycke.av("Beräkningen: " + String.join(" ", BudgetDokument.inledning(p))));
        b.add(new Skrivelse.Tabell(BudgetDokument.summering(p)));
        b.add(new Skrivelse.Tabell(BudgetDokument.perTyp(p)));
        if (u.diagram() != null) {
            b.add(new Skrivelse.Bild(u.diagram(), Budgetdiagram.BREDD, Budgetdiagram.HOJD, Budgetdiagram.beskrivning(p)));
        }
    }

    static String budgetText(Budgetpaverkan p) {
        Budgetpaverkan.Summa fs = p.forsorjningsstod();
        String riktning = fs.skillnad().perManad().isNegative() ? "minskar" : "ökar";
        return "Med kommunens nuvarande " + p.beraknade() + " hushåll " + riktning + " försörjningsstödet från "
                + Svenskt.tal(fs.fore().perManad()) + " kr till " + Svenskt.tal(fs.efter().perManad()) + " kr per månad, "
                + Svenskt.tal(abs(fs.skillnad().perManad())) + " kr per månad eller " + Svenskt.tal(abs(fs.skillnad().perAr()))
                + " kr per år" + (fs.procent() == null ? "" : " (" + Svenskt.procent(fs.procent().abs()) + ")") + ". "
                + p.fler() + " hushåll får mer, " + p.samma() + " lika mycket och " + p.farre() + " mindre.";
    }

    private static void forslagTillBeslut(Handlingsunderlag u, List<Skrivelse.Block> b) {
        b.add(new Skrivelse.Rubrik("Förslag till beslut"));
        b.add(new Skrivelse.Stycke(List.of(namnd(u), Skrivelse.Textdel.text(" beslutar"))));
        b.add(new Skrivelse.Punktlista(List.of("att fastställa " + Svenskt.genitiv(u.kommun().namn()) + " fördelning av "
                + "riksnormen för försörjningsstöd " + u.ar() + " enligt bilaga 2 till tjänsteskrivelsen daterad " + u.datum() + "."), true));
    }

    private static Skrivelse.Textdel datum(Handlingsunderlag u) {
        return u.regeringensBeslut() == null ? Skrivelse.Textdel.fyllI("datum för regeringens beslut")
                : Skrivelse.Textdel.text("den " + u.regeringensBeslut());
    }

    private static Skrivelse.Textdel namnd(Handlingsunderlag u) {
        return u.namnd() == null ? Skrivelse.Textdel.fyllI("nämndens namn") : Skrivelse.Textdel.text(u.namnd());
    }

    private static Skrivelse.Textdel dnr(Handlingsunderlag u) {
        return u.diarienummer() == null ? Skrivelse.Textdel.fyllI("diarienummer") : Skrivelse.Textdel.text(u.diarienummer());
    }

    private static String arende(Handlingsunderlag u) {
        return "Fördelning av riksnormen för försörjningsstöd " + u.ar();
    }

    private static String kommunen(Handlingsunderlag u) {
        return Svenskt.genitiv(u.kommun().namn()) + " kommun";
    }

    private static String filnamn(Handlingsunderlag u) {
        return BilagaModell.filnamnsdel(u.kommun().id()) + "-" + u.ar() + "-forslag-" + u.forslagId();
    }

    private static Kronor abs(Kronor k) {
        return k.isNegative() ? Kronor.NOLL.minus(k) : k;
    }
}
