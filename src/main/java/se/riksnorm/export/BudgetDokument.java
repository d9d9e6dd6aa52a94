package se.riksnorm.export;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.belopp.Svenskt;

/**
 * A budget impact as a {@link Dokument} (docs/adr/0120), so that the workbook, and the tables of the tjänsteskrivelse,
 * are written by the writers every document uses: the totals, the household types, how many get more, the same or
 * less, the largest changes by household id, and the rows not counted.
 */
public final class BudgetDokument {

    /** Rows not counted listed in the document; the rest are counted in a sentence. */
    static final int FEL_I_DOKUMENTET = 200;

    private BudgetDokument() {
    }

    public static Dokument dokument(Kommun kommun, Budgetpaverkan b, String filnamn) {
        List<Avsnitt> avsnitt = new ArrayList<>();
        avsnitt.add(summering(b));
        avsnitt.add(perTyp(b));
        avsnitt.add(hushallen(b));
        if (!b.storstaAndringar().isEmpty()) {
            avsnitt.add(storsta(b));
        }
        if (b.felaktiga() > 0) {
            List<String> stycken = new ArrayList<>();
            stycken.add(b.felaktiga() + " hushåll eller rader räknades inte; de ingår inte i summorna.");
            b.fel().stream().limit(FEL_I_DOKUMENTET).forEach(f -> stycken.add("Rad " + f.rad() + (f.hushall() == null ? "" : " (" + f.hushall()
                    + ")") + ": " + f.meddelande()));
            avsnitt.add(new Textavsnitt("Rader som inte räknats", stycken));
        }
        return new Dokument(Svenskt.genitiv(kommun.namn()) + " kommun", "Budgetpåverkan " + b.fore().version().ar() + " → "
                + b.efter().version().ar(), "Försörjningsstöd för kommunens hushåll med två normversioner, kronor", inledning(b),
                avsnitt, noter(b), filnamn);
    }

    /** What was compared, in a few lines. */
    public static List<String> inledning(Budgetpaverkan b) {
        return List.of(
                "Före: " + b.fore().benamning() + " (" + b.fore().period() + "). " + b.fore().kalla() + ".",
                "Efter: " + b.efter().benamning() + " (" + b.efter().period() + "). " + b.efter().kalla() + ".",
                b.beraknade() + " hushåll med " + b.personer() + " personer beräknade" + (b.felaktiga() == 0 ? "."
                        : "; " + b.felaktiga() + " räknades inte (se nedan)."));
    }

    /** The totals: försörjningsstöd and its riksnorm part, per month and per year, under each version. */
    public static Tabellavsnitt summering(Budgetpaverkan b) {
        List<String> kolumner = List.of(kort(b.fore()), kort(b.efter()), "Skillnad", "Procent");
        return new Tabellavsnitt("Summering", "", kolumner, List.of(
                rad("Försörjningsstöd per månad", b.forsorjningsstod(), true, true),
                rad("Försörjningsstöd per år", b.forsorjningsstod(), false, true),
                rad("Därav riksnorm per månad", b.riksnorm(), true, false),
                rad("Därav riksnorm per år", b.riksnorm(), false, false)));
    }

    /** Försörjningsstöd per month by household type. */
    public static Tabellavsnitt perTyp(Budgetpaverkan b) {
        List<Tabellrad> rader = new ArrayList<>();
        for (Budgetpaverkan.Typrad t : b.perTyp()) {
            rader.add(new Tabellrad(t.typ().benamning(), List.of(new Textvarde(Long.toString(t.hushall())),
                    belopp(t.forsorjningsstod().fore().perManad()), belopp(t.forsorjningsstod().efter().perManad()),
                    Beloppsvarde.forandring(t.forsorjningsstod().skillnad().perManad()),
                    Beloppsvarde.forandring(t.forsorjningsstod().skillnad().perAr())), false));
        }
        rader.add(new Tabellrad("Alla hushåll", List.of(new Textvarde(Long.toString(b.beraknade())),
                belopp(b.forsorjningsstod().fore().perManad()), belopp(b.forsorjningsstod().efter().perManad()),
                Beloppsvarde.forandring(b.forsorjningsstod().skillnad().perManad()),
                Beloppsvarde.forandring(b.forsorjningsstod().skillnad().perAr())), true));
        return new Tabellavsnitt("Försörjningsstöd per hushållstyp", "Hushållstyp",
                List.of("Hushåll", kort(b.fore()) + " per månad", kort(b.efter()) + " per månad", "Skillnad per månad",
                        "Skillnad per år"), rader);
    }

    public static Tabellavsnitt hushallen(Budgetpaverkan b) {
        return new Tabellavsnitt("Hushållen", "", List.of("Hushåll"), List.of(
                new Tabellrad("Får mer", List.of(new Textvarde(Long.toString(b.fler()))), false),
                new Tabellrad("Får lika mycket", List.of(new Textvarde(Long.toString(b.samma()))), false),
                new Tabellrad("Får mindre", List.of(new Textvarde(Long.toString(b.farre()))), false)));
    }

    public static Tabellavsnitt storsta(Budgetpaverkan b) {
        List<Tabellrad> rader = b.storstaAndringar().stream().map(a -> new Tabellrad(a.hushall(), List.of(
                new Textvarde(a.typ().benamning()), belopp(a.fore()), belopp(a.efter()), Beloppsvarde.forandring(a.skillnad())),
                false)).toList();
        return new Tabellavsnitt("Största förändringar per månad", "Hushåll (id)", List.of("Hushållstyp", kort(b.fore()),
                kort(b.efter()), "Skillnad"), rader);
    }

    private static List<String> noter(Budgetpaverkan b) {
        int n = b.manader().antal();
        return List.of("Varje hushåll är beräknat med båda versionerna: samma personer och åldrar (per underlagets månad), "
                        + "samma kostnader och inkomster, " + (n == 1 ? "samma månad" : "samma " + n + " månader") + " av varje versions år.",
                n == 1 ? "Per år = per månad × 12." : "Per månad = summan över månaderna / " + n + ", per år = summan × 12 / " + n
                        + ", avrundat till närmaste krona.",
                "Försörjningsstöd är det som betalas ut: riksnormen och skäliga kostnader minus inkomster, aldrig under noll.");
    }

    /** "2023", "2024 (förslag 1)", "2027 (riksnorm)". */
    public static String kort(Budgetpaverkan.Versionsbeskrivning v) {
        return switch (v.version().tabell()) {
            case BESLUTAD -> Integer.toString(v.version().ar());
            case FORSLAG -> v.version().ar() + " (förslag " + v.version().forslag() + ")";
            case RIKSNORM -> v.version().ar() + " (riksnorm)";
        };
    }

    private static Tabellrad rad(String etikett, Budgetpaverkan.Summa s, boolean perManad, boolean summa) {
        Kronor f = perManad ? s.fore().perManad() : s.fore().perAr();
        Kronor e = perManad ? s.efter().perManad() : s.efter().perAr();
        Kronor d = perManad ? s.skillnad().perManad() : s.skillnad().perAr();
        return new Tabellrad(etikett, List.of(belopp(f), belopp(e), Beloppsvarde.forandring(d),
                s.procent() == null ? Textvarde.TOM : new Procentvarde(s.procent())), summa);
    }

    private static Beloppsvarde belopp(Kronor kronor) {
        return new Beloppsvarde(kronor, null);
    }
}
